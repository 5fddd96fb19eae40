// Terraform plan normalisation on plangate's own fixtures: .tf file:line, joins through configuration references
// (also across module inputs and outputs), provider default_tags, every action, redaction, state files, encodings.
import { readInputsSync, REDACTED, type InputDocument, type Resource } from '../../../src/inputs';

const FIX = 'fixtures/inputs/terraform';
const everything = (doc: InputDocument): Resource[] => [...doc.resources, ...doc.deleted, ...doc.dataSources];
const byAddress = (doc: InputDocument, address: string): Resource => {
  const found = everything(doc).find((r) => r.address === address && r.deposed === undefined);
  if (!found) throw new Error(`no resource ${address}`);
  return found;
};

describe('.tf sources beside a plan', () => {
  const plan = `${FIX}/tf-sources/plan.json`;
  const { document: doc, diagnostics } = readInputsSync([plan]);

  test('reads without diagnostics', () => expect(diagnostics).toEqual([]));

  test.each([
    ['aws_kms_key.main', 'main.tf', 17],
    ['aws_iam_policy.readers', 'main.tf', 21],
    // decoys in #, // and /* */ comments and inside a heredoc come before the real block at line 28
    ['aws_s3_bucket.logs', 'main.tf', 28],
    ['aws_s3_bucket_server_side_encryption_configuration.logs', 'main.tf', 35],
    ['aws_s3_bucket_policy.data', 'extra.tf', 1],
    ['module.data.aws_s3_bucket.this', 'modules/bucket/main.tf', 5],
    ['module.data.aws_s3_bucket_server_side_encryption_configuration.this', 'modules/bucket/main.tf', 9],
  ])('%s is declared at %s:%i', (address, file, line) => {
    expect(byAddress(doc, address)).toMatchObject({ sourceFile: `${FIX}/tf-sources/${file}`, line, file: plan });
  });

  test('the tfDir option points elsewhere: no block found there, no line', () => {
    const other = readInputsSync([plan], { tfDir: `${FIX}/tf-sources/modules/bucket` }).document;
    expect(byAddress(other, 'aws_s3_bucket.logs').line).toBeUndefined();
    expect(byAddress(other, 'aws_s3_bucket.logs').sourceFile).toBeUndefined();
  });

  test('a bucket and its encryption configuration are joined by reference while the key is unknown', () => {
    const sse = byAddress(doc, 'aws_s3_bucket_server_side_encryption_configuration.logs');
    expect(sse.references).toEqual({
      bucket: ['aws_s3_bucket.logs'],
      'rule.apply_server_side_encryption_by_default.kms_master_key_id': ['aws_kms_key.main'],
    });
    expect(sse.unknown).toMatchObject({ bucket: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] });
    // unknown is not "not set": the value is absent from values while unknown says it will be known after apply
    const rule = (sse.values.rule as Array<{ apply_server_side_encryption_by_default: Array<Record<string, unknown>>; bucket_key_enabled?: unknown }>)[0];
    expect(rule.apply_server_side_encryption_by_default[0]).not.toHaveProperty('kms_master_key_id');
    expect(rule.bucket_key_enabled).toBeNull();
  });

  test('a module input (var.kms_key) resolves to the resource the caller passed', () => {
    const sse = byAddress(doc, 'module.data.aws_s3_bucket_server_side_encryption_configuration.this');
    expect(sse.references?.['rule.apply_server_side_encryption_by_default.kms_master_key_id']).toEqual(['aws_kms_key.main']);
    expect(sse.references?.bucket).toEqual(['module.data.aws_s3_bucket.this']);
  });

  test('a module output (module.data.bucket_id) resolves to the resource inside the module', () => {
    expect(byAddress(doc, 'aws_s3_bucket_policy.data').references).toEqual({ bucket: ['module.data.aws_s3_bucket.this'] });
  });

  test('provider default_tags merge under own tags while tags_all is unknown; known tags_all wins', () => {
    expect(byAddress(doc, 'aws_s3_bucket.logs').tags).toEqual({ owner: 'team-a', 'data-classification': 'internal' });
    expect(byAddress(doc, 'module.data.aws_s3_bucket.this').tags).toEqual({ owner: 'team-a' });
    expect(byAddress(doc, 'aws_kms_key.main')).toMatchObject({ taggable: true, tags: { owner: 'team-a' }, region: 'eu-west-1' });
    expect(byAddress(doc, 'aws_s3_bucket_policy.data')).toMatchObject({ taggable: false });
    expect(byAddress(doc, 'aws_s3_bucket_policy.data').tags).toBeUndefined();
    expect(doc.terraform.providers).toEqual([
      { name: 'aws', fullName: 'registry.terraform.io/hashicorp/aws', alias: null, module: '', region: 'eu-west-1', defaultTags: { owner: 'team-a' }, source: plan },
    ]);
  });

  test('the module instance inherits the root provider (provider_config_key data:aws)', () => {
    expect(byAddress(doc, 'module.data.aws_s3_bucket.this')).toMatchObject({ region: 'eu-west-1', module: 'module.data', provider: 'aws' });
  });
});

describe('every action', () => {
  const plan = `${FIX}/replace-actions.plan.json`;
  const { document: doc, diagnostics } = readInputsSync([plan]);

  test('reads without diagnostics', () => expect(diagnostics).toEqual([]));

  test('the change summary lists addresses per action', () => {
    expect(doc.changes).toEqual({
      create: [],
      update: ['aws_s3_bucket.changed'],
      replace: ['aws_instance.web', 'aws_instance.cbd'],
      delete: ['aws_s3_bucket.old', 'aws_instance.web'],
      'no-op': ['aws_s3_bucket.kept'],
      read: ['data.aws_caller_identity.me'],
      forget: ['aws_s3_bucket.forgotten'],
    });
  });

  test('replace (delete+create and create+delete) exists after the change with its new values', () => {
    expect(byAddress(doc, 'aws_instance.web')).toMatchObject({
      action: 'replace', actions: ['delete', 'create'], actionReason: 'replace_because_cannot_update',
      values: { ami: 'ami-new' }, before: { ami: 'ami-old' }, unknown: { id: true, arn: true },
    });
    expect(byAddress(doc, 'aws_instance.cbd')).toMatchObject({ action: 'replace', actions: ['create', 'delete'], values: { ami: 'ami-2' } });
    expect(doc.resources.map((r) => r.address)).toEqual(['aws_instance.web', 'aws_instance.cbd', 'aws_s3_bucket.kept', 'aws_s3_bucket.changed']);
  });

  test('deleted resources are kept apart with their before values, never judged as existing', () => {
    expect(doc.deleted.map((r) => [r.address, r.action, r.values])).toEqual([
      ['aws_s3_bucket.old', 'delete', { bucket: 'dev-old', tags: { owner: 'x' } }],
      ['aws_s3_bucket.forgotten', 'forget', { bucket: 'prd-forgotten' }],
      ['aws_instance.web', 'delete', { ami: 'ami-older' }],
    ]);
    const deposed = doc.deleted[2];
    expect(deposed).toMatchObject({ deposed: 'a1b2c3d4', id: `${plan}#aws_instance.web (deposed a1b2c3d4)` });
  });

  test('data sources are read, apart from resources', () => {
    expect(doc.dataSources).toEqual([expect.objectContaining({ address: 'data.aws_caller_identity.me', mode: 'data', action: 'read', unknown: { account_id: true, arn: true, id: true } })]);
  });

  test('update keeps before and after', () => {
    expect(byAddress(doc, 'aws_s3_bucket.changed')).toMatchObject({ before: { tags: { owner: 'a' } }, values: { tags: { owner: 'b' } }, tags: { owner: 'b' } });
  });
});

describe('sensitive values', () => {
  const { document: doc, diagnostics } = readInputsSync([`${FIX}/sensitive.plan.json`]);

  test('no canary appears anywhere in the serialised document', () => {
    expect(diagnostics).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('CANARY');
  });

  test('sensitive values are replaced, the tree says where, null stays null', () => {
    const db = byAddress(doc, 'aws_db_instance.db');
    expect(db.values).toMatchObject({ password: REDACTED, connection: [{ host: 'db.internal', token: REDACTED }], master_user_secret: null, identifier: 'prd-db' });
    expect(db.before).toMatchObject({ password: REDACTED, connection: [{ token: REDACTED }] });
    expect(db.sensitive).toMatchObject({ password: true, connection: [{ token: true }] });
  });

  test('state files redact through sensitive_values too', () => {
    const state = readInputsSync([`${FIX}/state.json`]).document;
    expect(JSON.stringify(state)).not.toContain('CANARY');
    expect(byAddress(state, 'module.queue.module.dlq.aws_sqs_queue.dlq').values.policy).toBe(REDACTED);
  });
});

describe('state files (terraform show -json on state)', () => {
  const path = `${FIX}/state.json`;
  const { document: doc, inputs, diagnostics } = readInputsSync([path]);

  test('every resource exists with action none; no changes', () => {
    expect(diagnostics).toEqual([]);
    expect(inputs).toEqual([expect.objectContaining({ path, type: 'terraform-state', resources: 3 })]);
    expect(doc.resources.map((r) => [r.address, r.action, r.module])).toEqual([
      ['aws_s3_bucket.state_bucket', 'none', ''],
      ['module.queue.aws_sqs_queue.q[0]', 'none', 'module.queue'],
      ['module.queue.module.dlq.aws_sqs_queue.dlq', 'none', 'module.queue.module.dlq'],
    ]);
    expect(Object.values(doc.changes).flat()).toEqual([]);
    expect(doc.dataSources.map((r) => r.address)).toEqual(['data.aws_region.current']);
  });

  test('tags_all is the effective tag set; region comes from the resource', () => {
    expect(byAddress(doc, 'aws_s3_bucket.state_bucket')).toMatchObject({ tags: { owner: 'a', env: 'prd' }, region: 'eu-west-1' });
    expect(byAddress(doc, 'module.queue.aws_sqs_queue.q[0]')).toMatchObject({ index: 0, configAddress: 'module.queue.aws_sqs_queue.q', tags: {} });
  });
});

describe('encodings and format versions', () => {
  test.each([
    ['UTF-8 BOM with CRLF line ends', `${FIX}/bom-crlf.plan.json`, '1.2'],
    ['UTF-16 BE with a BOM and CRLF', `${FIX}/utf16be.plan.json`, '1.1'],
  ])('%s is read', (_name, path, formatVersion) => {
    const { document: doc, diagnostics } = readInputsSync([path]);
    expect(diagnostics).toEqual([]);
    expect(doc.inputs).toEqual([expect.objectContaining({ formatVersion, terraformVersion: '1.6.0', resources: 1 })]);
    expect(doc.resources[0]).toMatchObject({ address: 'aws_s3_bucket.b', action: 'create', values: { bucket: 'prd-b' }, unknown: { id: true } });
  });

  test('an unknown major format_version is an input error naming the version', () => {
    const path = `${FIX}/unknown-format-version.plan.json`;
    const { document: doc, inputs, diagnostics } = readInputsSync([path]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'input_error', location: { file: path }, jsonPath: '/format_version' })]);
    expect(diagnostics[0].message).toContain('2.0');
    expect(inputs).toEqual([]);
    expect(doc.resources).toEqual([]);
  });
});
