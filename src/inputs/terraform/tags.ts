// Effective tags and region of a Terraform resource: AWS tags_all when known (else tags over provider default_tags,
// including the list-of-maps form autoscaling groups use), Google labels, Azure tags; region from the resource or provider.
import type { JsonObject, ProviderView } from '../types';
import { stringMap } from './providers';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const TAG_KEYS = ['tags', 'tags_all', 'labels', 'effective_labels', 'tag'];

/** The resource supports tags/labels: the attribute is present in its values or will be known after apply. */
export function isTaggable(values: JsonObject, unknown: JsonObject | undefined): boolean {
  for (const k of TAG_KEYS) if (k in values || (unknown !== undefined && k in unknown)) return true;
  return false;
}

/** `[{key, value}]` lists (aws_autoscaling_group `tags`, `tag` blocks) as a map. */
/** Adds `[{key, value}]` entries (aws_autoscaling_group `tags`, `tag` blocks) to `out`; false when `value` is no list. */
function addKeyValueList(out: Record<string, string>, value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (isObject(item) && typeof item.key === 'string' && typeof item.value === 'string') out[item.key] = item.value;
  return true;
}

/** Adds the string entries of a map to `out`; false when `value` is no map. */
function addStringEntries(out: Record<string, string>, value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const k in value) {
    const v = value[k];
    if (typeof v === 'string') out[k] = v;
  }
  return true;
}

/** Effective tags after apply, as far as the plan knows them; one object is built (this runs for every resource). */
export function effectiveTags(values: JsonObject, provider: string, providerView: ProviderView | undefined): Record<string, string> | undefined {
  if (provider === 'google') return stringMap(values.effective_labels) ?? stringMap(values.labels);
  if (provider === 'aws' && isObject(values.tags_all)) return stringMap(values.tags_all);
  const out: Record<string, string> = {};
  let found = provider === 'aws' && addStringEntries(out, providerView?.defaultTags);
  found = (addKeyValueList(out, values.tags) || addKeyValueList(out, values.tag)) || found;
  found = addStringEntries(out, values.tags) || found;
  if (!isObject(values.tags) && !Array.isArray(values.tags)) found = addStringEntries(out, values.labels) || found;
  return found ? out : undefined;
}

const REGION_KEYS = ['region', 'location'];

/** Where the resource lives: its own region/location attribute, else its provider's region (or Google location). */
export function resourceRegion(values: JsonObject, providerView: ProviderView | undefined): string | undefined {
  for (const key of REGION_KEYS) {
    const v = values[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return providerView?.region ?? providerView?.location;
}

/** Why a resource's region is not known before apply: its provider's region is unsettled, or set nowhere in the plan. */
export function regionUnknownReason(provider: string, providerView: ProviderView | undefined): string {
  const unsettled = providerView?.unsettled?.region ?? providerView?.unsettled?.location;
  if (unsettled) return `the ${provider} provider's region is not known before apply: ${unsettled}`;
  return `the ${provider} provider configuration in the plan sets no region (it comes from the environment, such as AWS_REGION)`;
}
