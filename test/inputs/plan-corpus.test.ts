// Plans as every Terraform (0.12 → 1.10) and OpenTofu (1.6 → 1.9) release line writes them (fixtures/plans, format
// 0.1 → 1.2): each is read without an error, whatever it carries in the sections plangate does not use.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/inputs';

const ROOT = join(__dirname, '..', '..');
const DIR = join('fixtures', 'plans');

/** Resources (existing after the change) and deleted or forgotten ones, per plan. */
const EXPECTED: Record<string, { resources: string[]; deleted?: string[]; formatVersion: string }> = {
  'terraform-0.12.31': { resources: ['aws_s3_bucket.logs'], formatVersion: '0.1' },
  'terraform-0.13.7': { resources: ['aws_s3_bucket.logs', 'module.store.aws_s3_bucket.data'], formatVersion: '0.1' },
  'terraform-0.14.11': { resources: ['aws_s3_bucket.logs'], formatVersion: '0.1' },
  'terraform-0.15.5': { resources: ['aws_s3_bucket.logs'], formatVersion: '0.2' },
  'terraform-1.0.0': { resources: ['aws_s3_bucket.logs'], formatVersion: '0.2' },
  'terraform-1.1.9': { resources: ['aws_s3_bucket.logs', 'aws_s3_bucket.tainted'], formatVersion: '1.0' },
  'terraform-1.2.9': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.1' },
  'terraform-1.3.10': { resources: ['module.store["eu"].aws_s3_bucket.data'], formatVersion: '1.1' },
  'terraform-1.5.7': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.2' },
  'terraform-1.6.6': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.2' },
  'terraform-1.7.5': { resources: ['aws_s3_bucket.logs'], deleted: ['aws_s3_bucket.legacy'], formatVersion: '1.2' },
  'terraform-1.8.5': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.2' },
  'terraform-1.9.8': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.2' },
  'terraform-1.10.5': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.2' },
  'opentofu-1.6.2': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.2' },
  'opentofu-1.7.3': { resources: ['aws_s3_bucket.logs'], deleted: ['aws_s3_bucket.legacy'], formatVersion: '1.2' },
  'opentofu-1.8.5': { resources: ['aws_s3_bucket.logs'], formatVersion: '1.2' },
  'opentofu-1.9.0': { resources: ['aws_s3_bucket.logs', 'aws_s3_bucket.replica["eu-west-1"]'], formatVersion: '1.2' },
};

test('the corpus and the table list the same plans', () => {
  const files = readdirSync(join(ROOT, DIR)).filter((f) => f.endsWith('.plan.json')).map((f) => f.replace(/\.plan\.json$/, ''));
  expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
});

test.each(Object.entries(EXPECTED))('%s is read', async (name, expected) => {
  const read = await readInputs([join(DIR, `${name}.plan.json`)], { cwd: ROOT });
  expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(read.document.resources.map((r) => r.address).sort()).toEqual([...expected.resources].sort());
  expect(read.document.deleted.map((r) => r.address)).toEqual(expected.deleted ?? []);
  expect(read.document.inputs).toEqual([expect.objectContaining({ type: 'terraform-plan', formatVersion: expected.formatVersion })]);
  // Every resource is placed: a region settled from the provider, or the reason it is not known before apply.
  for (const r of read.document.resources) expect(r.region ?? r.regionUnknown).toBeDefined();
});

test('a provider region from var.region (Terraform 0.14) and from each.value (OpenTofu 1.9 provider for_each)', async () => {
  const read = await readInputs([join(DIR, 'terraform-0.14.11.plan.json'), join(DIR, 'opentofu-1.9.0.plan.json')], { cwd: ROOT });
  const byAddress = new Map(read.document.resources.map((r) => [`${r.file}#${r.address}`, r]));
  expect(byAddress.get(`${DIR}/terraform-0.14.11.plan.json#aws_s3_bucket.logs`)?.region).toBe('eu-west-1');
  expect(byAddress.get(`${DIR}/opentofu-1.9.0.plan.json#aws_s3_bucket.replica["eu-west-1"]`)?.regionUnknown).toContain('each.value');
});
