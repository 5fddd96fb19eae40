// Normalises a Terraform plan (`terraform show -json plan`) in one pass over resource_changes: action per instance,
// planned values with sensitive values redacted, after_unknown kept apart from "not set", configuration references,
// provider region/default tags and .tf file:line; planned_values and prior_state fill what resource_changes lacks.
import { dirname } from 'node:path';
import { checkSchema } from '../schemas';
import type { JsonObject, ParsedInput, ReadOptions, Resource, ResourceAction } from '../types';
import { PlanConfiguration } from './configuration';
import { checkFormatVersion } from './format-version';
import { ExpressionResolver } from './expressions';
import { buildProviders } from './providers';
import { buildTerraformResource, type TerraformContext, type TerraformInstance } from './resource';
import { TfSourceIndex } from './tf-source';
import { absoluteAddress, forEachModuleResource, LazyModuleIndex, moduleValueResource, redactResourceValues, resourceSensitivity, type ModuleValueResource } from './values';

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
  const rootDir = options.tfDir ?? dirname(file);
  const cwd = options.cwd ?? process.cwd();
  const sources = TfSourceIndex.hasSources(rootDir, cwd) ? new TfSourceIndex(rootDir, configuration, cwd) : undefined;
  const resolver = new ExpressionResolver(configuration, isObject(json.variables) ? json.variables : {}, sources?.literalLocals());
  const providers = buildProviders(configuration.providerConfig, resolver, file);
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
  const priorValues = isObject(json.prior_state) ? json.prior_state.values : undefined;
  const planned = new LazyModuleIndex(json.planned_values);
  const prior = new LazyModuleIndex(priorValues);
  const seen = new Set<string>();
  for (const change of Array.isArray(json.resource_changes) ? (json.resource_changes as JsonObject[]) : []) {
    if (!change.deposed) seen.add(change.address as string);
    sortInto(parsed, fromResourceChange(ctx, change, planned, prior));
  }
  // Instances the plan lists only in planned_values are unchanged; data sources read while planning sit only in prior_state.
  forEachModuleResource(json.planned_values, (r, m) => {
    const address = absoluteAddress(m, r.address as string, r.index);
    if (seen.has(address) || typeof r.deposed_key === 'string') return;
    seen.add(address);
    sortInto(parsed, fromModuleValues(ctx, moduleValueResource(r, m), 'no-op'));
  });
  forEachModuleResource(priorValues, (r, m) => {
    if (r.mode !== 'data' || seen.has(absoluteAddress(m, r.address as string, r.index))) return;
    sortInto(parsed, fromModuleValues(ctx, moduleValueResource(r, m), 'none'));
  });
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

/** Prior values when the change lacks `before` (older plans), from prior_state. */
function priorValues(prior: LazyModuleIndex, address: string): JsonObject | undefined {
  const entry = prior.get(address);
  return entry ? (redactResourceValues(entry.values, entry.sensitive) as JsonObject) : undefined;
}

/** Planned values when the change lacks `after`, from planned_values. */
function plannedValues(planned: LazyModuleIndex, address: string): JsonObject | undefined {
  const entry = planned.get(address);
  return entry ? (redactResourceValues(entry.values, entry.sensitive) as JsonObject) : undefined;
}

function fromResourceChange(ctx: TerraformContext, rc: JsonObject, planned: LazyModuleIndex, prior: LazyModuleIndex): Resource {
  const change = rc.change as JsonObject;
  const actions = change.actions as string[];
  const action = classifyActions(actions);
  const gone = action === 'delete' || action === 'forget';
  const address = rc.address as string;
  const before = isObject(change.before)
    ? (redactResourceValues(change.before, change.before_sensitive) as JsonObject)
    : action !== 'create' && !rc.deposed ? priorValues(prior, address) : undefined;
  const after = isObject(change.after)
    ? (redactResourceValues(change.after, change.after_sensitive) as JsonObject)
    : gone || rc.deposed ? undefined : plannedValues(planned, address);
  const inst: TerraformInstance = {
    address,
    mode: typeof rc.mode === 'string' ? rc.mode : 'managed',
    type: rc.type as string,
    name: rc.name as string,
    module: typeof rc.module_address === 'string' ? rc.module_address : '',
    action,
    actions,
    values: (gone ? before : after) ?? {},
  };
  if (typeof rc.index === 'string' || typeof rc.index === 'number') inst.index = rc.index;
  if (typeof rc.provider_name === 'string') inst.providerName = rc.provider_name;
  if (typeof rc.deposed === 'string') inst.deposed = rc.deposed;
  if (typeof rc.action_reason === 'string') inst.actionReason = rc.action_reason;
  if (before) inst.before = before;
  if (!gone && isObject(change.after_unknown) && hasKeys(change.after_unknown)) inst.unknown = change.after_unknown;
  const sensitive = gone ? undefined : resourceSensitivity(change.after, change.after_sensitive);
  if (sensitive) inst.sensitive = sensitive;
  return buildTerraformResource(ctx, inst);
}

function hasKeys(o: JsonObject): boolean {
  for (const _ in o) return true;
  return false;
}

/** A resource known only from a module value tree (planned_values, prior_state or a state file). */
export function fromModuleValues(ctx: TerraformContext, entry: ModuleValueResource, action: ResourceAction): Resource {
  const inst: TerraformInstance = {
    address: entry.address,
    mode: entry.mode,
    type: entry.type,
    name: entry.name,
    module: entry.module,
    action,
    values: redactResourceValues(entry.values, entry.sensitive) as JsonObject,
  };
  if (entry.index !== undefined) inst.index = entry.index;
  if (entry.providerName) inst.providerName = entry.providerName;
  if (entry.deposed) inst.deposed = entry.deposed;
  const sensitive = resourceSensitivity(entry.values, entry.sensitive);
  if (sensitive) inst.sensitive = sensitive;
  return buildTerraformResource(ctx, inst);
}
