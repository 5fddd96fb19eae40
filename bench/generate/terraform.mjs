// Generates a large, realistic Terraform plan JSON (format 1.2) from a seed: S3 buckets joined to encryption
// configurations and KMS keys, instances, databases with sensitive passwords, security groups and 19 more types;
// modules with count; a mix of create/update/no-op/replace/delete; planned_values, prior_state and configuration with references.
// Written as string chunks so a 100,000-resource plan never has to exist as one object in the generator.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from './random.mjs';

const PROVIDER = 'registry.terraform.io/hashicorp/aws';
const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1'];
const CLASSES = ['public', 'internal', 'confidential', 'restricted'];
/** Instances per configuration block (count), so configuration stays proportionate as real plans do. */
const COUNT = 10;

const KINDS = [
  {
    type: 'aws_kms_key',
    after: (r, n) => ({ description: `key ${n}`, deletion_window_in_days: 30, enable_key_rotation: r.chance(0.8), tags: tags(r, n) }),
    unknown: { arn: true, id: true, key_id: true, policy: true, tags_all: {} },
    expressions: () => ({ description: { constant_value: 'key' }, enable_key_rotation: { constant_value: true } }),
  },
  {
    type: 'aws_s3_bucket',
    after: (r, n) => ({ bucket: `${r.pick(['dev', 'int', 'prd'])}-bucket-${n}`, force_destroy: false, tags: tags(r, n), timeouts: null }),
    unknown: { arn: true, id: true, bucket_domain_name: true, region: true, server_side_encryption_configuration: true, versioning: true, tags_all: {} },
    expressions: () => ({ bucket: { constant_value: 'bucket' } }),
  },
  {
    type: 'aws_s3_bucket_server_side_encryption_configuration',
    after: () => ({ expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] }),
    unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
    expressions: (block) => ({
      bucket: { references: [`aws_s3_bucket.b${block}.id`, `aws_s3_bucket.b${block}`] },
      rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: [`aws_kms_key.k${block}.arn`, `aws_kms_key.k${block}`] }, sse_algorithm: { constant_value: 'aws:kms' } }] }],
    }),
  },
  {
    type: 'aws_instance',
    after: (r, n) => ({ ami: `ami-${r.hex(8)}`, instance_type: r.pick(['t3.micro', 't3.small', 'm5.large']), monitoring: r.chance(0.5), ebs_optimized: null,
      root_block_device: [{ encrypted: r.chance(0.7), volume_size: r.int(8, 200), volume_type: 'gp3', delete_on_termination: true }], tags: tags(r, n), user_data: null }),
    unknown: { arn: true, id: true, private_ip: true, public_ip: true, root_block_device: [{ kms_key_id: true, volume_id: true }], tags_all: {} },
    expressions: () => ({ ami: { constant_value: 'ami' }, instance_type: { references: ['var.instance_type'] } }),
  },
  {
    type: 'aws_db_instance',
    after: (r, n) => ({ identifier: `prd-db-${n}`, engine: 'postgres', engine_version: '16.3', instance_class: 'db.t3.medium', allocated_storage: r.int(20, 500),
      storage_encrypted: r.chance(0.9), publicly_accessible: r.chance(0.05), username: 'app', password: `SECRET-${r.hex(16)}`, tags: tags(r, n) }),
    unknown: { arn: true, id: true, endpoint: true, kms_key_id: true, tags_all: {} },
    sensitive: { password: true, tags: {} },
    expressions: (block) => ({ kms_key_id: { references: [`aws_kms_key.k${block}.arn`, `aws_kms_key.k${block}`] }, password: { references: ['var.db_password'] } }),
  },
  {
    type: 'aws_security_group',
    after: (r, n) => ({ name: `sg-${n}`, description: 'managed', ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: [r.chance(0.2) ? '0.0.0.0/0' : '10.0.0.0/8'],
      description: '', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false }], tags: tags(r, n) }),
    unknown: { arn: true, id: true, owner_id: true, vpc_id: true, tags_all: {} },
    expressions: () => ({ name: { constant_value: 'sg' } }),
  },
  ...simpleKinds(),
];

/** More resource types (25 in all), each a name attribute plus settings that the library's rules judge. */
function simpleKinds() {
  const env = (r) => r.pick(['dev', 'int', 'prd']);
  const named = (r, n, prefix = `${env(r)}-`) => `${r.chance(0.05) ? 'x-' : prefix}res-${n}`;
  const table = [
    ['aws_sqs_queue', (r, n) => ({ name: named(r, n), kms_master_key_id: r.chance(0.9) ? 'alias/aws/sqs' : null, sqs_managed_sse_enabled: null })],
    ['aws_sns_topic', (r, n) => ({ name: named(r, n), kms_master_key_id: r.chance(0.9) ? 'alias/aws/sns' : null })],
    ['aws_dynamodb_table', (r, n) => ({ name: named(r, n), billing_mode: 'PAY_PER_REQUEST', hash_key: 'id', server_side_encryption: [{ enabled: r.chance(0.9), kms_key_arn: null }] })],
    ['aws_kinesis_stream', (r, n) => ({ name: named(r, n), shard_count: 1, encryption_type: r.chance(0.9) ? 'KMS' : 'NONE', kms_key_id: 'alias/aws/kinesis' })],
    ['aws_efs_file_system', (r, n) => ({ creation_token: named(r, n), encrypted: r.chance(0.9) })],
    ['aws_ebs_volume', (r) => ({ availability_zone: `${r.pick(REGIONS)}a`, size: r.int(10, 500), encrypted: r.chance(0.9) })],
    ['aws_rds_cluster', (r, n) => ({ cluster_identifier: named(r, n), engine: 'aurora-postgresql', storage_encrypted: r.chance(0.9), master_password: `S-${r.hex(12)}` })],
    ['aws_redshift_cluster', (r, n) => ({ cluster_identifier: named(r, n), node_type: 'ra3.xlplus', encrypted: r.chance(0.9), publicly_accessible: false })],
    ['aws_elasticache_replication_group', (r, n) => ({ replication_group_id: named(r, n), description: 'cache', at_rest_encryption_enabled: r.chance(0.9), transit_encryption_enabled: r.chance(0.9) })],
    ['aws_cloudtrail', (r, n) => ({ name: `trail-${n}`, s3_bucket_name: `prd-bucket-${n}`, kms_key_id: r.chance(0.9) ? `arn:aws:kms:eu-west-1:111122223333:key/${r.hex(8)}` : null, enable_log_file_validation: true })],
    ['aws_lb_listener', (r) => ({ port: 443, protocol: r.chance(0.9) ? 'HTTPS' : 'HTTP', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })],
    ['aws_vpc', (r) => ({ cidr_block: `10.${r.int(0, 255)}.0.0/16`, enable_dns_support: true })],
    ['aws_eks_cluster', (r, n) => ({ name: named(r, n), role_arn: `arn:aws:iam::111122223333:role/eks-${n}`, version: '1.30' })],
    ['aws_ecs_cluster', (r, n) => ({ name: named(r, n) })],
    ['aws_iam_role', (r, n) => ({ name: `role-${n}`, assume_role_policy: '{"Version":"2012-10-17","Statement":[]}' })],
    ['aws_lambda_function', (r, n) => ({ function_name: `fn-${n}`, runtime: 'nodejs20.x', handler: 'index.handler', memory_size: r.pick([128, 256, 512]) })],
    ['aws_cloudwatch_log_group', (r, n) => ({ name: `/app/${n}`, retention_in_days: r.pick([7, 30, 90, 365]) })],
    ['aws_ecr_repository', (r, n) => ({ name: `repo-${n}`, image_tag_mutability: r.chance(0.9) ? 'IMMUTABLE' : 'MUTABLE' })],
    ['aws_subnet', (r) => ({ cidr_block: `10.${r.int(0, 255)}.${r.int(0, 255)}.0/24`, map_public_ip_on_launch: r.chance(0.1) })],
  ];
  return table.map(([type, values]) => ({
    type,
    after: (r, n) => ({ ...values(r, n), region: r.chance(0.05) ? 'us-east-1' : r.pick(['eu-west-1', 'eu-central-1']), tags: tags(r, n) }),
    unknown: { arn: true, id: true, tags_all: {} },
    expressions: () => ({}),
  }));
}

/** Tags as teams write them: about one resource in twenty lacks its owner or misspells the classification. */
function tags(r, n) {
  const t = { owner: `team-${r.int(1, 40)}`, 'data-classification': r.pick(CLASSES), 'personal-data': r.chance(0.3) ? 'true' : 'false', environment: r.pick(['dev', 'int', 'prd']), name: `res-${n}` };
  if (r.chance(0.03)) delete t.owner;
  if (r.chance(0.02)) t['data-classification'] = 'secret';
  return t;
}

function pickActions(r) {
  const x = r.next();
  if (x < 0.7) return ['create'];
  if (x < 0.82) return ['no-op'];
  if (x < 0.92) return ['update'];
  if (x < 0.97) return ['delete', 'create'];
  return ['delete'];
}

/** Describes instance `i`: which module, block and index it belongs to and its kind. */
function instanceAt(i) {
  const block = Math.floor(i / COUNT);
  const kind = KINDS[block % KINDS.length];
  const moduleNo = Math.floor(block / 50);
  const module = moduleNo === 0 ? '' : `module.m${moduleNo}`;
  const name = `${kind.type === 'aws_kms_key' ? 'k' : kind.type === 'aws_s3_bucket' ? 'b' : 'r'}${block - (block % KINDS.length)}`;
  const local = `${kind.type}.${name}`;
  return { block, kind, module, index: i % COUNT, local, config: module ? `${module}.${local}` : local };
}

function resourceChange(r, i) {
  const inst = instanceAt(i);
  const actions = pickActions(r);
  const after = inst.kind.after(r, i);
  const address = `${inst.config}[${inst.index}]`;
  const before = actions[0] === 'create' ? null : { ...after, ...(actions.includes('update') ? { tags: { ...after.tags, owner: 'previous' } } : {}) };
  const gone = actions.length === 1 && actions[0] === 'delete';
  const sensitive = inst.kind.sensitive ?? {};
  return {
    entry: {
      address, ...(inst.module ? { module_address: inst.module } : {}), mode: 'managed', type: inst.kind.type, name: inst.local.split('.')[1], index: inst.index, provider_name: PROVIDER,
      change: { actions, before, after: gone ? null : after, after_unknown: gone ? {} : inst.kind.unknown, before_sensitive: before ? sensitive : false, after_sensitive: gone ? false : sensitive },
    },
    planned: gone ? undefined : { address, mode: 'managed', type: inst.kind.type, name: inst.local.split('.')[1], index: inst.index, provider_name: PROVIDER, schema_version: 0, values: after, sensitive_values: sensitive },
    module: inst.module,
  };
}

function configurationJson(resources) {
  const blocks = Math.ceil(resources / COUNT);
  const root = { resources: [], module_calls: {} };
  for (let b = 0; b < blocks; b++) {
    const inst = instanceAt(b * COUNT);
    const entry = { address: inst.local, mode: 'managed', type: inst.kind.type, name: inst.local.split('.')[1], provider_config_key: inst.module ? `${inst.module.slice(7)}:aws` : 'aws',
      expressions: inst.kind.expressions(b - (b % KINDS.length)), schema_version: 0, count_expression: { constant_value: COUNT } };
    if (!inst.module) root.resources.push(entry);
    else (root.module_calls[inst.module.slice(7)] ??= { source: `./modules/${inst.module.slice(7)}`, module: { resources: [] } }).module.resources.push(entry);
  }
  return {
    provider_config: { aws: { name: 'aws', full_name: PROVIDER, expressions: { region: { constant_value: REGIONS[0] }, default_tags: [{ tags: { constant_value: { 'managed-by': 'terraform' } } }] } } },
    root_module: root,
  };
}

/** Yields the plan JSON text in chunks; `resources` instances, drawn from `seed`. */
export function* terraformPlanChunks({ resources = 100_000, seed = 1 } = {}) {
  const r = seededRandom(seed);
  const plannedByModule = new Map();
  yield `{"format_version":"1.2","terraform_version":"1.9.8","variables":{"db_password":{"value":"x"}},"resource_changes":[`;
  for (let i = 0; i < resources; i++) {
    const { entry, planned, module } = resourceChange(r, i);
    yield (i ? ',' : '') + JSON.stringify(entry);
    if (planned) {
      if (!plannedByModule.has(module)) plannedByModule.set(module, []);
      plannedByModule.get(module).push(JSON.stringify(planned));
    }
  }
  yield `],"planned_values":{"root_module":{"resources":[${(plannedByModule.get('') ?? []).join(',')}],"child_modules":[`;
  let first = true;
  for (const [module, list] of plannedByModule) {
    if (module === '') continue;
    yield `${first ? '' : ','}{"address":${JSON.stringify(module)},"resources":[${list.join(',')}]}`;
    first = false;
  }
  yield `]}},"configuration":${JSON.stringify(configurationJson(resources))}}\n`;
}

/** Writes a generated plan to `path`; resolves with its size in bytes. */
export async function writeTerraformPlan(path, options = {}) {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const chunk of terraformPlanChunks(options)) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
