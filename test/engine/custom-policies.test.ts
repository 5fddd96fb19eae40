// Custom Rego may use the built-in library's helper packages (plangate.lib.*): they are compiled with it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/engine';

const RULE = `# METADATA
# title: Buckets have a bucket name
# custom:
#   id: acme-bucket-named
#   severity: low
#   category: naming
package acme.bucket_named

import data.plangate.lib.resources
import rego.v1

applies contains r.id if some r in resources.of_type("aws_s3_bucket")

deny contains {"id": r.id, "msg": "no name"} if {
	some r in resources.of_type("aws_s3_bucket")
	not is_string(r.values.bucket)
}
`;

describe('custom policies', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plangate-custom-'));
    writeFileSync(join(dir, 'bucket_named.rego'), RULE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('compile with the library helpers they import, and judge through the type index', async () => {
    const plan = join(__dirname, '..', '..', 'fixtures', 'rules', 'aws-s3-encryption-at-rest', 'fail.json');
    const { report, diagnostics } = await check({ paths: [plan], policies: [dir], builtin: false, cacheDir: false });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const results = report.results.filter((r) => r.ruleId === 'acme-bucket-named');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.resource.type === 'aws_s3_bucket')).toBe(true);
  });

  test('are type-checked against the input document: a typo in an input path is a policy error with file and line', async () => {
    const typoDir = mkdtempSync(join(tmpdir(), 'plangate-typo-'));
    const typo = RULE.replace('acme-bucket-named', 'acme-typo').replace('acme.bucket_named', 'acme.typo').replace('r.values.bucket', 'r.vaules.bucket');
    writeFileSync(join(typoDir, 'typo.rego'), typo);
    const plan = join(__dirname, '..', '..', 'fixtures', 'rules', 'aws-s3-encryption-at-rest', 'fail.json');
    try {
      const { report, diagnostics } = await check({ paths: [plan], policies: [typoDir], builtin: false, cacheDir: false });
      const error = diagnostics.find((d) => d.code === 'rego_type_error');
      expect(error?.location).toMatchObject({ file: expect.stringMatching(/typo\.rego$/), line: 16, col: 16 });
      expect(error?.message).toContain('undefined ref: r.vaules.bucket');
      expect(error?.message).toContain('have: "vaules"');
      expect(report.verdict).toBe('error');
    } finally {
      rmSync(typoDir, { recursive: true, force: true });
    }
  });

  test('a rule redefining the engine parameters document is a compile error, as in OPA path conflict checks', async () => {
    const own = mkdtempSync(join(tmpdir(), 'plangate-custom-params-'));
    writeFileSync(join(own, 'bucket_named.rego'), RULE);
    writeFileSync(join(own, 'params.rego'), 'package plangate\n\nparams := {"teams": ["everyone"]}\n');
    const plan = join(__dirname, '..', '..', 'fixtures', 'rules', 'aws-s3-encryption-at-rest', 'fail.json');
    const { diagnostics } = await check({ paths: [plan], policies: [own], builtin: false, cacheDir: false });
    rmSync(own, { recursive: true, force: true });
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toContain('rego_compile_error: conflicting rule for data path plangate/params found');
  });

  test('a module whose static data needs more than the SDK default of 5 memory pages loads (memory sized from the module)', async () => {
    const own = mkdtempSync(join(tmpdir(), 'plangate-custom-large-'));
    const words = Array.from({ length: 400 }, (_, i) => `"bucket-name-${i}-${'x'.repeat(1000)}"`).join(',\n  ');
    writeFileSync(join(own, 'bucket_named.rego'), `${RULE}\nreserved := {\n  ${words}\n}\n\ndeny contains {"id": r.id, "msg": "reserved name"} if {\n\tsome r in resources.of_type("aws_s3_bucket")\n\tr.values.bucket in reserved\n}\n`);
    const plan = join(__dirname, '..', '..', 'fixtures', 'rules', 'aws-s3-encryption-at-rest', 'fail.json');
    const { report, diagnostics } = await check({ paths: [plan], policies: [own], builtin: false, cacheDir: false });
    rmSync(own, { recursive: true, force: true });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.results.some((r) => r.ruleId === 'acme-bucket-named')).toBe(true);
  });
});
