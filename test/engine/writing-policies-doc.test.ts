import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, runRegoTests } from '../../src/engine';

// The walkthrough in docs/writing-policies.md must work as written: its rule and tests are extracted and run.
const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'writing-policies.md'), 'utf8');
const blocks = [...doc.matchAll(/```rego\n([\s\S]*?)```/g)].map((m) => m[1]);

function plan(bucket: string): object {
  const after = { bucket, tags: {} };
  return {
    format_version: '1.2',
    terraform_version: '1.6.0',
    planned_values: { root_module: { resources: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: 'registry.terraform.io/hashicorp/aws', values: after }] } },
    resource_changes: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after, after_unknown: {} } }],
  };
}

describe('docs/writing-policies.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-doc-'));
  writeFileSync(join(dir, 'team_prefix.rego'), blocks[0]);
  writeFileSync(join(dir, 'team_prefix_test.rego'), `${blocks[1]}\n${blocks[2]}`);

  test('the walkthrough has a rule and its tests', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  test('its tests pass under plangate test', async () => {
    const outcomes = await runRegoTests([dir], dir);
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['data.plangate.rules.acme_bucket_team_prefix_test.test_team_prefix_passes', 'pass'],
      ['data.plangate.rules.acme_bucket_team_prefix_test.test_other_prefix_fails', 'pass'],
      ['data.plangate.rules.acme_bucket_team_prefix_test.test_prefix', 'pass'],
    ]);
    expect(outcomes[2].cases).toEqual([{ name: ['no prefix'], status: 'pass' }, { name: ['team prefix'], status: 'pass' }]);
  });

  test('the rule judges a plan as described', async () => {
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan('invoices')));
    const { report } = await check({ paths: ['plan.json'], policies: [dir], builtin: false, cwd: dir, parameters: [{ teams: ['payments'] }], cacheDir: false });
    expect(report.results.map((r) => [r.ruleId, r.status, r.resource.address])).toEqual([['acme-bucket-team-prefix', 'fail', 'aws_s3_bucket.b']]);
    expect(report.results[0].message).toContain('does not start with a team name');
  });
});
