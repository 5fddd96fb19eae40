// Builds the document's Resource for one Terraform resource instance (from a plan change, planned values or state),
// attaching what the plan's configuration and the .tf sources know: references, provider region/tags, file:line.
import type { JsonObject, ProviderView, Resource, ResourceAction } from '../types';
import { providerShortName, stripInstanceKeys } from './address';
import type { PlanConfiguration } from './configuration';
import { providerFor } from './providers';
import { effectiveTags, isTaggable, regionUnknownReason, resourceRegion } from './tags';
import type { TfSourceIndex } from './tf-source';

/** What one plan/state file contributes to every resource built from it. */
export interface TerraformContext {
  file: string;
  configuration: PlanConfiguration;
  providers: Map<string, ProviderView>;
  sources?: TfSourceIndex;
}

/** The raw facts about one instance, already redacted. */
export interface TerraformInstance {
  address: string;
  mode: string;
  type: string;
  name: string;
  index?: string | number;
  module: string;
  providerName?: string;
  deposed?: string;
  action: ResourceAction;
  actions?: string[];
  actionReason?: string;
  values: JsonObject;
  before?: JsonObject;
  unknown?: JsonObject;
  sensitive?: JsonObject;
}

/** The Resource record for one instance; fields that are not known are left out (assigned one by one: no spreads, it runs per resource). */
export function buildTerraformResource(ctx: TerraformContext, inst: TerraformInstance): Resource {
  const configAddress = stripInstanceKeys(inst.address);
  const provider = providerShortName(inst.providerName, inst.type);
  const config = ctx.configuration.resources.get(configAddress);
  const providerView = providerFor(ctx.providers, config?.providerConfigKey, provider);
  const mode = inst.mode === 'data' ? 'data' : 'managed';
  const location = ctx.sources ? ctx.sources.locate(stripInstanceKeys(inst.module), mode, inst.type, inst.name) : undefined;
  const r: Resource = {
    id: inst.deposed ? `${ctx.file}#${inst.address} (deposed ${inst.deposed})` : `${ctx.file}#${inst.address}`,
    address: inst.address,
    type: inst.type,
    name: inst.name,
    source: 'terraform',
    file: ctx.file,
    action: inst.action,
    values: inst.values,
  };
  if (location) {
    r.line = location.line;
    r.sourceFile = location.file;
  }
  r.mode = mode;
  r.provider = provider;
  if (inst.providerName) r.providerName = inst.providerName;
  r.module = inst.module;
  r.configAddress = configAddress;
  if (inst.index !== undefined) r.index = inst.index;
  if (inst.deposed) r.deposed = inst.deposed;
  if (inst.actions) r.actions = inst.actions;
  if (inst.actionReason) r.actionReason = inst.actionReason;
  if (inst.before) r.before = inst.before;
  if (inst.unknown) r.unknown = inst.unknown;
  if (inst.sensitive) r.sensitive = inst.sensitive;
  const references = ctx.configuration.referencesOf(configAddress);
  if (references) r.references = references;
  const configured = ctx.configuration.configuredOf(configAddress);
  if (configured) r.configured = configured;
  const region = resourceRegion(inst.values, providerView);
  if (region !== undefined) r.region = region;
  else if (mode === 'managed') r.regionUnknown = regionUnknownReason(provider, providerView);
  const taggable = isTaggable(inst.values, inst.unknown);
  if (taggable) r.tags = effectiveTags(inst.values, provider, providerView) ?? {};
  r.taggable = taggable;
  return r;
}
