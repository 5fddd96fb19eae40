// The floor for evaluation: three library rules written by hand in TypeScript over the normalised input document,
// with the same joins and outputs as their Rego (S3 encryption at rest, required tags, environment prefix names).
// bench/floor.mjs times them against the same rules compiled to WebAssembly.

interface Resource {
  id: string;
  type: string;
  source: 'terraform' | 'kubernetes';
  file: string;
  address: string;
  kind?: string;
  name?: string;
  module?: string;
  index?: unknown;
  configAddress?: string;
  taggable?: boolean;
  values: Record<string, unknown>;
  unknown?: Record<string, unknown>;
  references?: Record<string, string[]>;
  tags?: Record<string, string>;
}

interface Params {
  required_tags: Record<string, string[]>;
  environment_prefixes: Record<string, string>;
  environment_tag: string;
  environment?: string;
}

/** What one rule produced, as the Rego rules' applies/deny/unknown sets. */
export interface HandwrittenOutput {
  applies: string[];
  deny: { id: string; msg: string }[];
  unknown: { id: string; msg: string }[];
}

const SSE_TYPE = 'aws_s3_bucket_server_side_encryption_configuration';

function moduleConfig(r: Resource): string {
  return (r.module ?? '').replace(/\[[^\]]*\]/g, '');
}

function sameInstance(a: Resource, b: Resource): boolean {
  if (moduleConfig(a) !== moduleConfig(b)) return true;
  return (a.module ?? '') === (b.module ?? '') && (!('index' in a) || !('index' in b) || a.index === b.index);
}

function knownIdentifiers(r: Resource): string[] {
  return ['id', 'bucket', 'arn', 'name'].map((k) => r.values[k]).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** S3 buckets encrypted inline or by a configuration resource joined by reference or known name. */
export function s3EncryptionAtRest(resources: Resource[]): HandwrittenOutput {
  const byReference = new Map<string, Resource[]>();
  const byBucketName = new Set<string>();
  for (const r of resources) {
    if (r.type !== SSE_TYPE) continue;
    for (const addr of r.references?.bucket ?? []) {
      const key = `${r.file}\u001f${addr}`;
      byReference.set(key, [...(byReference.get(key) ?? []), r]);
    }
    if (typeof r.values.bucket === 'string') byBucketName.add(r.values.bucket);
  }
  const out: HandwrittenOutput = { applies: [], deny: [], unknown: [] };
  for (const r of resources) {
    if (r.type !== 'aws_s3_bucket') continue;
    out.applies.push(r.id);
    const inline = Array.isArray(r.values.server_side_encryption_configuration)
      && (r.values.server_side_encryption_configuration as { rule?: { apply_server_side_encryption_by_default?: unknown[] }[] }[])
        .some((c) => (c.rule ?? []).some((rule) => (rule.apply_server_side_encryption_by_default ?? []).length > 0));
    const joined = (byReference.get(`${r.file}\u001f${r.configAddress}`) ?? []).some((c) => sameInstance(c, r))
      || knownIdentifiers(r).some((v) => byBucketName.has(v));
    if (inline || joined) continue;
    const conf = r.unknown?.server_side_encryption_configuration as { rule?: unknown }[] | undefined;
    if (Array.isArray(conf) && conf[0]?.rule === true) out.unknown.push({ id: r.id, msg: `S3 bucket ${r.address}: its inline encryption rule is known only after apply` });
    else out.deny.push({ id: r.id, msg: `S3 bucket ${r.address} has no server-side encryption configuration` });
  }
  return out;
}

const KUBERNETES_TAGGED_KINDS = new Set(['Namespace', 'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController']);

function effectiveTags(r: Resource): Record<string, unknown> {
  const labels = r.values.resource_labels;
  if (r.source === 'terraform' && labels && typeof labels === 'object' && !Array.isArray(labels)) return labels as Record<string, unknown>;
  return r.tags ?? {};
}

function tagValue(r: Resource, key: string): string {
  const v = effectiveTags(r)[key];
  return typeof v === 'string' ? v : '';
}

/** Taggable resources carry every required tag with an allowed value. */
export function requiredTags(resources: Resource[], params: Params): HandwrittenOutput {
  const out: HandwrittenOutput = { applies: [], deny: [], unknown: [] };
  for (const r of resources) {
    const labelled = r.source === 'terraform' && 'resource_labels' in r.values;
    if (!((r.source === 'terraform' && r.taggable === true) || labelled || (r.source === 'kubernetes' && KUBERNETES_TAGGED_KINDS.has(r.kind ?? '')))) continue;
    out.applies.push(r.id);
    const problems: string[] = [];
    for (const [key, allowed] of Object.entries(params.required_tags)) {
      const value = tagValue(r, key);
      if (value.trim() === '') problems.push(`missing tag '${key}'`);
      else if (allowed.length > 0 && !allowed.includes(value)) problems.push(`tag '${key}' is '${value}' but must be one of ${allowed.join(', ')}`);
    }
    if (problems.length > 0) out.deny.push({ id: r.id, msg: `${r.address}: ${[...new Set(problems)].sort().join('; ')}` });
  }
  return out;
}

const NAME_ATTRIBUTES: Record<string, string> = {
  aws_s3_bucket: 'bucket', aws_db_instance: 'identifier', aws_rds_cluster: 'cluster_identifier', aws_dynamodb_table: 'name',
  aws_sqs_queue: 'name', aws_sns_topic: 'name', aws_kinesis_stream: 'name', aws_elasticache_replication_group: 'replication_group_id',
  aws_redshift_cluster: 'cluster_identifier', aws_eks_cluster: 'name', aws_ecs_cluster: 'name', aws_efs_file_system: 'creation_token',
  google_storage_bucket: 'name', google_sql_database_instance: 'name', google_container_cluster: 'name', google_pubsub_topic: 'name',
  google_bigquery_dataset: 'dataset_id', azurerm_kubernetes_cluster: 'name', azurerm_mssql_server: 'name',
  azurerm_postgresql_flexible_server: 'name', azurerm_servicebus_namespace: 'name',
};

/** Named resources start with their environment's prefix (any allowed prefix when the environment is unknown). */
export function environmentPrefixNames(resources: Resource[], params: Params): HandwrittenOutput {
  const out: HandwrittenOutput = { applies: [], deny: [], unknown: [] };
  const every = [...new Set(Object.values(params.environment_prefixes))];
  for (const r of resources) {
    const attribute = r.source === 'terraform' ? NAME_ATTRIBUTES[r.type] : undefined;
    if (!attribute && !(r.source === 'kubernetes' && r.kind === 'Namespace')) continue;
    out.applies.push(r.id);
    const name = attribute ? r.values[attribute] : r.name;
    if (typeof name !== 'string') {
      if (attribute && r.unknown?.[attribute] === true) out.unknown.push({ id: r.id, msg: `${r.address}: its name is generated at apply time` });
      continue;
    }
    const environment = tagValue(r, params.environment_tag) || params.environment;
    const own = environment === undefined ? undefined : params.environment_prefixes[environment];
    const allowed = own ? [own] : every;
    if (!allowed.some((p) => name.startsWith(p))) out.deny.push({ id: r.id, msg: `${r.address} is named '${name}', which does not start with ${allowed.sort().join(' or ')}` });
  }
  return out;
}

/** The three rules over one document, keyed as the library's rule ids. */
export function runHandwrittenRules(doc: { resources: Resource[] }, params: Params): Record<string, HandwrittenOutput> {
  return {
    'aws-s3-encryption-at-rest': s3EncryptionAtRest(doc.resources),
    'required-tags': requiredTags(doc.resources, params),
    'environment-prefix-names': environmentPrefixNames(doc.resources, params),
  };
}
