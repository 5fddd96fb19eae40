// Normalises a Terraform plan (`terraform show -json plan`) in one pass over resource_changes: action per instance,
// planned values with sensitive values redacted, after_unknown kept apart from "not set", configuration references,
// provider region/default tags and .tf file:line; planned_values and prior_state fill what resource_changes lacks.
import { dirname } from 'node:path';
import { checkSchema } from '../schemas';
import type { JsonObject, ParsedInput, ReadOptions, Resource, ResourceAction } from '../types';
import { PlanConfiguration } from './configuration';
import { checkFormatVersion } from './format-version';
import { buildProviders } from './providers';
import { buildTerraformResource, type TerraformContext } from './resource';
import { TfSourceIndex } from './tf-source';
import { flattenModuleValues, hasSensitive, redactSensitive, type ModuleValueResource } from './values';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The single action a rule reasons about, from Terraform's action list. */
export function classifyActions(actions: string[]): ResourceAction {
  if (actions.includes('create') && actions.includes('delete')) return 'replace';
  const first = actions[0];
  if (first === 'create' || first === 'update' || first === 'delete' || first === 'no-op' || first === 'read' || first === 'forget') return first;
  return 'none';
}

/** Shared by plan and state: configuration index, providers and .tf sources of one file. */
export function terraformContext(json: JsonObject, file: string, options: ReadOptions): TerraformContext {
  const configuration = new PlanConfiguration(json.configuration);
  const providers = buildProviders(configuration.providerConfig, file);
  const rootDir = options.tfDir ?? dirname(file);
  const cwd = options.cwd ?? process.cwd();
  const sources = TfSourceIndex.hasSources(rootDir, cwd) ? new TfSourceIndex(rootDir, configuration, cwd) : undefined;
  return { file, configuration, providers, ...(sources ? { sources } : {}) };
}

/** Adds a resource to the list the document keeps it in: data sources, deleted, or existing after the change. */
export function sortInto(parsed: ParsedInput, resource: Resource): void {
  if (resource.mode === 'data') parsed.dataSources.push(resource);
  else if (resource.action === 'delete' || resource.action === 'forget') parsed.deleted.push(resource);
  else parsed.resources.push(resource);
}

/** Parses one plan document already recognised by detection. */
export function parseTerraformPlan(json: JsonObject, file: string, options: ReadOptions): ParsedInput {
  const parsed = emptyTerraformInput('terraform-plan', json);
  const versionError = checkFormatVersion(json.format_version, file);
  const schemaErrors = versionError ? [versionError] : checkSchema('terraform-plan', json, { file });
  if (schemaErrors.length > 0) {
    parsed.diagnostics.push(...schemaErrors);
    return parsed;
  }
  const ctx = terraformContext(json, file, options);
  parsed.providers.push(...ctx.providers.values());
  const planned = indexByAddress(flattenModuleValues(json.planned_values));
  const prior = flattenModuleValues(isObject(json.prior_state) ? json.prior_state.values : undefined);
  const priorByAddress = indexByAddress(prior);
  const seen = new Set<string>();
  for (const change of Array.isArray(json.resource_changes) ? (json.resource_changes as JsonObject[]) : []) {
    const address = change.address as string;
    if (!change.deposed) seen.add(address);
    sortInto(parsed, fromResourceChange(ctx, change, planned.get(address), priorByAddress.get(address)));
  }
  // Instances the plan lists only in planned_values are unchanged; data sources read while planning sit only in prior_state.
  for (const [address, entry] of planned) {
    if (!seen.has(address)) {
      seen.add(address);
      sortInto(parsed, fromModuleValues(ctx, entry, 'no-op'));
    }
  }
  for (const entry of prior) {
    if (entry.mode === 'data' && !seen.has(entry.address)) sortInto(parsed, fromModuleValues(ctx, entry, 'none'));
  }
  return parsed;
}

/** The input skeleton every Terraform parser fills. */
export function emptyTerraformInput(type: 'terraform-plan' | 'terraform-state', json: JsonObject): ParsedInput {
  return {
    type,
    ...(typeof json.terraform_version === 'string' ? { terraformVersion: json.terraform_version } : {}),
    ...(typeof json.format_version === 'string' ? { formatVersion: json.format_version } : {}),
    resources: [],
    deleted: [],
    dataSources: [],
    providers: [],
    diagnostics: [],
  };
}

function indexByAddress(entries: ModuleValueResource[]): Map<string, ModuleValueResource> {
  const map = new Map<string, ModuleValueResource>();
  for (const e of entries) if (!e.deposed) map.set(e.address, e);
  return map;
}

function fromResourceChange(ctx: TerraformContext, rc: JsonObject, planned?: ModuleValueResource, prior?: ModuleValueResource): Resource {
  const change = rc.change as JsonObject;
  const actions = change.actions as string[];
  const action = classifyActions(actions);
  const before = isObject(change.before)
    ? (redactSensitive(change.before, change.before_sensitive) as JsonObject)
    : prior && action !== 'create' ? (redactSensitive(prior.values, prior.sensitive) as JsonObject) : undefined;
  const after = isObject(change.after)
    ? (redactSensitive(change.after, change.after_sensitive) as JsonObject)
    : planned ? (redactSensitive(planned.values, planned.sensitive) as JsonObject) : undefined;
  const gone = action === 'delete' || action === 'forget';
  const unknown = isObject(change.after_unknown) && Object.keys(change.after_unknown).length > 0 ? change.after_unknown : undefined;
  const sensitive = hasSensitive(change.after_sensitive) && isObject(change.after_sensitive) ? change.after_sensitive : undefined;
  return buildTerraformResource(ctx, {
    address: rc.address as string,
    mode: (rc.mode as string) ?? 'managed',
    type: rc.type as string,
    name: rc.name as string,
    ...(rc.index !== undefined && rc.index !== null ? { index: rc.index as string | number } : {}),
    module: typeof rc.module_address === 'string' ? rc.module_address : '',
    ...(typeof rc.provider_name === 'string' ? { providerName: rc.provider_name } : {}),
    ...(typeof rc.deposed === 'string' ? { deposed: rc.deposed } : {}),
    action,
    actions,
    ...(typeof rc.action_reason === 'string' ? { actionReason: rc.action_reason } : {}),
    values: (gone ? before : after) ?? {},
    ...(before ? { before } : {}),
    ...(unknown && !gone ? { unknown } : {}),
    ...(sensitive && !gone ? { sensitive } : {}),
  });
}

/** A resource known only from a module value tree (planned_values, prior_state or a state file). */
export function fromModuleValues(ctx: TerraformContext, entry: ModuleValueResource, action: ResourceAction): Resource {
  const sensitive = hasSensitive(entry.sensitive) && isObject(entry.sensitive) ? entry.sensitive : undefined;
  return buildTerraformResource(ctx, {
    address: entry.address,
    mode: entry.mode,
    type: entry.type,
    name: entry.name,
    ...(entry.index !== undefined ? { index: entry.index } : {}),
    module: entry.module,
    ...(entry.providerName ? { providerName: entry.providerName } : {}),
    ...(entry.deposed ? { deposed: entry.deposed } : {}),
    action,
    values: redactSensitive(entry.values, entry.sensitive) as JsonObject,
    ...(sensitive ? { sensitive } : {}),
  });
}
