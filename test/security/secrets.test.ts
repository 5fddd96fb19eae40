// Secrets stay secret: a plan whose sensitive values (and a Kubernetes Secret whose data) carry a canary string is
// checked with every report format and a hostile policy that quotes whole resources and the whole input in its
// messages; the canary appears in no report file, nor on stdout or stderr.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratchDir } from './cli';

const CANARY = 'PLANGATE-CANARY-5e1d0b';
const CANARY_B64 = Buffer.from(`${CANARY}-b64`).toString('base64');

const scratch = scratchDir('secrets');
afterAll(() => scratch.remove());

function sensitivePlan(): object {
  const values = {
    bucket: `prd-${CANARY}-bucket`,
    tags: { owner: `${CANARY}-owner`, 'data-classification': 'restricted', 'personal-data': 'true' },
    server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: `${CANARY}-key` }] }] }],
  };
  const sensitive = { bucket: true, tags: { owner: true }, server_side_encryption_configuration: true };
  const db = { identifier: `prd-${CANARY}-db`, password: `${CANARY}-password`, storage_encrypted: false, tags: { owner: 'db' } };
  const dbSensitive = { identifier: true, password: true, tags: {} };
  return {
    format_version: '1.2',
    terraform_version: '1.9.0',
    variables: { db_password: { value: `${CANARY}-variable` } },
    planned_values: {
      root_module: {
        resources: [
          { address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws', values, sensitive_values: sensitive },
          { address: 'aws_db_instance.db', mode: 'managed', type: 'aws_db_instance', name: 'db', provider_name: 'registry.terraform.io/hashicorp/aws', values: db, sensitive_values: dbSensitive },
        ],
      },
      outputs: { secret: { sensitive: true, value: `${CANARY}-output` } },
    },
    resource_changes: [
      { address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws',
        change: { actions: ['create'], before: null, after: values, after_unknown: {}, before_sensitive: false, after_sensitive: sensitive } },
      { address: 'aws_db_instance.db', mode: 'managed', type: 'aws_db_instance', name: 'db', provider_name: 'registry.terraform.io/hashicorp/aws',
        change: { actions: ['update'], before: { ...db, password: `${CANARY}-before` }, after: db, after_unknown: {}, before_sensitive: dbSensitive, after_sensitive: dbSensitive } },
    ],
    output_changes: { secret: { actions: ['create'], before: null, after: `${CANARY}-output`, after_unknown: false, before_sensitive: false, after_sensitive: true } },
    configuration: {
      root_module: {
        variables: { db_password: { sensitive: true } },
        outputs: { secret: { sensitive: true, expression: { references: ['var.db_password'] } } },
      },
    },
  };
}

const SECRET_MANIFEST = `apiVersion: v1
kind: Secret
metadata:
  name: prd-credentials
  namespace: prd-payments
  labels: {owner: payments, data-classification: restricted}
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"stringData":{"token":"${CANARY}-applied"}}'
type: Opaque
data:
  password: ${CANARY_B64}
stringData:
  token: ${CANARY}-string-data
`;

// A custom rule that tries to leak: every message quotes the whole resource, one quotes the whole input document.
const LEAKY_POLICY = `# METADATA
# title: Quotes everything it sees
# description: Hostile rule of test/security.
# scope: package
# custom:
#   id: hostile-leak
#   severity: low
#   category: tagging
#   controls:
#     - { framework: ISO27001:2022, id: A.8.6 }
#   remediation: None.
#   resourceTypes: [aws_s3_bucket, aws_db_instance, Secret]
package plangate.rules.hostile_leak

import rego.v1

applies contains r.id if some r in input.resources

deny contains {"id": r.id, "msg": json.marshal(r)} if some r in input.resources

deny contains {"id": r.id, "msg": json.marshal(input)} if {
	some r in input.resources
	r.type == "aws_s3_bucket"
}
`;

describe('sensitive values', () => {
  test('never reach a report, stdout or stderr, whatever the policies print', async () => {
    const plan = join(scratch.dir, 'plan.json');
    const manifest = join(scratch.dir, 'secret.yaml');
    const policy = join(scratch.dir, 'leak.rego');
    writeFileSync(plan, JSON.stringify(sensitivePlan(), null, 2));
    writeFileSync(manifest, SECRET_MANIFEST);
    writeFileSync(policy, LEAKY_POLICY);
    const out = join(scratch.dir, 'out');
    const run = await runCli(['check', plan, manifest, '-p', policy, '-f', 'text,json,html,sarif,junit,markdown', '-o', out], { cwd: scratch.dir });
    expect(run.status).toBe(1);
    const files = readdirSync(out);
    expect(files.sort()).toEqual(['report.html', 'report.json', 'report.junit.xml', 'report.md', 'report.sarif']);
    const outputs: [string, string][] = [['stdout', run.stdout], ['stderr', run.stderr], ...files.map((f): [string, string] => [f, readFileSync(join(out, f), 'utf8')])];
    // The hostile rule did run and quote resources, so the absence of the canary means redaction, not silence.
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { results: { ruleId: string; message: string }[] };
    const leaks = report.results.filter((r) => r.ruleId === 'hostile-leak');
    expect(leaks.length).toBeGreaterThanOrEqual(3);
    expect(leaks.some((r) => r.message.includes('(sensitive value)'))).toBe(true);
    for (const [name, text] of outputs) {
      expect({ name, leaked: text.includes(CANARY) || text.includes(CANARY_B64) }).toEqual({ name, leaked: false });
    }
  }, 60_000);
});
