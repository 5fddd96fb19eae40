// One rule for "not set" versus "known only after apply", for every built-in rule that judges a provider attribute:
// a known value is judged; an attribute the configuration does not write is judged at the provider's default
// (lib/defaults.rego); an expression referring to something no part of the plan settles is unknown, naming it.
// The plan is written as Terraform does: an unset optional+computed attribute is in after_unknown, exactly like
// a computed one, and only the plan's configuration tells them apart.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/engine';
import type { Result } from '../../src/report';
import { ensureLibraryBuilt } from './library-support';

interface Row {
  rule: string;
  type: string;
  /** Attribute path; a two-part path is an attribute of a nested block. */
  path: [string] | [string, string];
  /** A known value the rule fails. */
  bad: unknown;
  /** What the rule decides when the configuration leaves the attribute unset (the provider's default). */
  unset: 'pass' | 'fail';
  /** The plan file the row's resources are in (account-level settings apply per plan). */
  file?: string;
  /** Other planned values the rule needs to judge the resource at all. */
  extra?: Record<string, unknown>;
}

const TABLE: Row[] = [
  { rule: 'aws-ebs-volume-encrypted', type: 'aws_ebs_volume', path: ['encrypted'], bad: false, unset: 'fail' },
  { rule: 'aws-ebs-default-encryption', type: 'aws_ebs_encryption_by_default', path: ['enabled'], bad: false, unset: 'pass', file: 'account.json' },
  { rule: 'aws-efs-encrypted', type: 'aws_efs_file_system', path: ['encrypted'], bad: false, unset: 'fail' },
  { rule: 'aws-elasticache-encrypted-at-rest', type: 'aws_elasticache_replication_group', path: ['at_rest_encryption_enabled'], bad: false, unset: 'fail' },
  { rule: 'aws-elasticache-encrypted-in-transit', type: 'aws_elasticache_replication_group', path: ['transit_encryption_enabled'], bad: false, unset: 'fail' },
  { rule: 'aws-rds-cluster-encrypted', type: 'aws_rds_cluster', path: ['storage_encrypted'], bad: false, unset: 'fail' },
  { rule: 'aws-rds-instance-encrypted', type: 'aws_db_instance', path: ['storage_encrypted'], bad: false, unset: 'fail' },
  { rule: 'aws-rds-not-public', type: 'aws_db_instance', path: ['publicly_accessible'], bad: true, unset: 'pass' },
  { rule: 'aws-redshift-encrypted', type: 'aws_redshift_cluster', path: ['encrypted'], bad: false, unset: 'fail' },
  { rule: 'aws-kinesis-encrypted', type: 'aws_kinesis_stream', path: ['encryption_type'], bad: 'NONE', unset: 'fail' },
  { rule: 'aws-dynamodb-kms-encryption', type: 'aws_dynamodb_table', path: ['server_side_encryption', 'enabled'], bad: false, unset: 'fail' },
  { rule: 'aws-cloudtrail-log-validation', type: 'aws_cloudtrail', path: ['enable_log_file_validation'], bad: false, unset: 'fail' },
  { rule: 'aws-cloudtrail-multi-region', type: 'aws_cloudtrail', path: ['is_multi_region_trail'], bad: false, unset: 'fail' },
  { rule: 'aws-cloudtrail-encrypted', type: 'aws_cloudtrail', path: ['kms_key_id'], bad: '', unset: 'fail' },
  { rule: 'aws-sns-encrypted', type: 'aws_sns_topic', path: ['kms_master_key_id'], bad: '', unset: 'fail' },
  { rule: 'aws-sqs-encrypted', type: 'aws_sqs_queue', path: ['sqs_managed_sse_enabled'], bad: false, unset: 'pass' },
  { rule: 'azure-storage-min-tls', type: 'azurerm_storage_account', path: ['min_tls_version'], bad: 'TLS1_0', unset: 'pass' },
  { rule: 'azure-storage-https-only', type: 'azurerm_storage_account', path: ['https_traffic_only_enabled'], bad: false, unset: 'pass' },
  { rule: 'azure-sql-tde', type: 'azurerm_mssql_database', path: ['transparent_data_encryption_enabled'], bad: false, unset: 'pass' },
  { rule: 'azure-managed-disk-encryption', type: 'azurerm_managed_disk', path: ['disk_encryption_set_id'], bad: '', unset: 'fail' },
  { rule: 'aws-s3-encryption-at-rest', type: 'aws_s3_bucket', path: ['server_side_encryption_configuration', 'rule'], bad: [], unset: 'fail' },
  { rule: 'aws-lb-listener-tls', type: 'aws_lb_listener', path: ['ssl_policy'], bad: 'ELBSecurityPolicy-TLS-1-0-2015-04', unset: 'fail', extra: { protocol: 'HTTPS', port: 443 } },
];

/** A module output the plan's configuration does not resolve: nothing in the plan settles it before apply. */
const UNSETTLED = ['module.kms.key_arn', 'module.kms'];

type Case = 'known' | 'unset' | 'reference';
const CASES: Case[] = ['known', 'unset', 'reference'];

function nest(path: Row['path'], leaf: unknown): Record<string, unknown> {
  return path.length === 1 ? { [path[0]]: leaf } : { [path[0]]: [{ [path[1]]: leaf }] };
}

/** One resource of the plan: its resource_changes entry and its configuration block, as Terraform writes them. */
function resource(row: Row, index: number, kind: Case): { change: object; config: object; file: string } {
  const name = `r${index}_${kind}`;
  const address = `${row.type}.${name}`;
  const after = { ...row.extra, ...(kind === 'known' ? nest(row.path, row.bad) : {}) };
  // Unset or computed alike: an optional+computed attribute (or its block) is known only after apply.
  const afterUnknown = kind === 'known' ? {} : row.path.length === 1 ? { [row.path[0]]: true } : kind === 'unset' ? { [row.path[0]]: true } : nest(row.path, true);
  const expressions = kind === 'known' ? nest(row.path, { constant_value: row.bad }) : kind === 'unset' ? {} : nest(row.path, { references: UNSETTLED });
  return {
    change: { address, mode: 'managed', type: row.type, name, provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after, after_unknown: afterUnknown } },
    config: { address, mode: 'managed', type: row.type, name, provider_config_key: 'aws', expressions },
    file: row.file ?? 'plan.json',
  };
}

/** A volume leaving `encrypted` unset in a plan that turns EBS encryption by default on (account.json). */
const ACCOUNT_VOLUME: Row = { rule: 'aws-ebs-volume-encrypted', type: 'aws_ebs_volume', path: ['encrypted'], bad: false, unset: 'pass', file: 'account.json' };

let results: Result[] = [];
let dir = '';

beforeAll(async () => {
  ensureLibraryBuilt();
  const parts = [...TABLE.flatMap((row, i) => CASES.map((kind) => resource(row, i, kind))), resource(ACCOUNT_VOLUME, -1, 'unset')];
  dir = mkdtempSync(join(tmpdir(), 'plangate-unset-'));
  for (const file of ['plan.json', 'account.json']) {
    const mine = parts.filter((p) => p.file === file);
    const plan = {
      format_version: '1.2',
      terraform_version: '1.9.8',
      resource_changes: mine.map((p) => p.change),
      configuration: { provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } }, root_module: { resources: mine.map((p) => p.config) } },
    };
    writeFileSync(join(dir, file), JSON.stringify(plan));
  }
  const outcome = await check({ paths: ['plan.json', 'account.json'], cwd: dir, cacheDir: false });
  expect(outcome.diagnostics).toEqual([]);
  results = outcome.report.results;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function resultOf(row: Row, kind: Case, index = TABLE.indexOf(row)): Result {
  const found = results.filter((r) => r.ruleId === row.rule && r.resource.address === `${row.type}.r${index}_${kind}`);
  expect(found).toHaveLength(1);
  return found[0];
}

describe.each(TABLE)('$rule on $type.$path', (row) => {
  test('a known value is judged', () => {
    const r = resultOf(row, 'known');
    expect(r.status).toBe('fail');
    expect(r.message).toContain(r.resource.address);
  });

  test(`left unset, the provider's default is judged (${row.unset})`, () => {
    const r = resultOf(row, 'unset');
    expect(r.status).toBe(row.unset);
    if (row.unset === 'fail' && row.rule !== 'aws-s3-encryption-at-rest') expect(r.message).toContain("not set; the provider's default is");
    else if (row.unset === 'pass') expect(r.message).toContain('provider default');
  });

  test('an expression nothing in the plan settles is unknown, naming the reference', () => {
    const r = resultOf(row, 'reference');
    expect(r.status).toBe('unknown');
    expect(r.message).toContain('module.kms.key_arn');
  });
});

test('an account-level setting in the same plan changes the default: EBS encryption by default', () => {
  const r = resultOf(ACCOUNT_VOLUME, 'unset', -1);
  expect(r.status).toBe('pass');
  expect(r.message).toContain('encrypted = true (provider default)');
});

test('every row names a built-in rule that judged its resources', () => {
  const judgedRules = new Set(results.map((r) => r.ruleId));
  expect(TABLE.map((row) => row.rule).filter((rule) => !judgedRules.has(rule))).toEqual([]);
});
