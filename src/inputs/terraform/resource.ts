// Builds the document's Resource for one Terraform resource instance (from a plan change, planned values or state),
// attaching what the plan's configuration and the .tf sources know: references, provider region/tags, file:line.
import type { JsonObject, ProviderView, Resource, ResourceAction } from '../types';
import { providerShortName, stripInstanceKeys } from './address';
import type { PlanConfiguration } from './configuration';
import { providerFor } from './providers';
import { effectiveTags, isTaggable, resourceRegion } from './tags';
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

/** The Resource record for one instance; fields that are not known are left out. */
export function buildTerraformResource(ctx: TerraformContext, inst: TerraformInstance): Resource {
  const configAddress = stripInstanceKeys(inst.address);
  const provider = providerShortName(inst.providerName, inst.type);
  const configModule = stripInstanceKeys(inst.module);
  const config = ctx.configuration.resources.get(configAddress);
  const providerView = providerFor(ctx.providers, config?.providerConfigKey, provider);
  const mode = inst.mode === 'data' ? 'data' : 'managed';
  const location = ctx.sources?.locate(configModule, mode, inst.type, inst.name);
  const references = ctx.configuration.referencesOf(configAddress);
  const region = resourceRegion(inst.values, providerView);
  const taggable = isTaggable(inst.values, inst.unknown);
  const tags = taggable ? effectiveTags(inst.values, provider, providerView) ?? {} : undefined;
  const id = `${ctx.file}#${inst.address}${inst.deposed ? ` (deposed ${inst.deposed})` : ''}`;
  return {
    id,
    address: inst.address,
    type: inst.type,
    name: inst.name,
    source: 'terraform',
    file: ctx.file,
    ...(location ? { line: location.line, sourceFile: location.file } : {}),
    mode,
    provider,
    ...(inst.providerName ? { providerName: inst.providerName } : {}),
    module: inst.module,
    configAddress,
    ...(inst.index !== undefined ? { index: inst.index } : {}),
    ...(inst.deposed ? { deposed: inst.deposed } : {}),
    action: inst.action,
    ...(inst.actions ? { actions: inst.actions } : {}),
    ...(inst.actionReason ? { actionReason: inst.actionReason } : {}),
    values: inst.values,
    ...(inst.before ? { before: inst.before } : {}),
    ...(inst.unknown ? { unknown: inst.unknown } : {}),
    ...(inst.sensitive ? { sensitive: inst.sensitive } : {}),
    ...(references ? { references } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(tags ? { tags } : {}),
    taggable,
  };
}
