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
function keyValueList(value: unknown): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const item of value) if (isObject(item) && typeof item.key === 'string' && typeof item.value === 'string') out[item.key] = item.value;
  return out;
}

function ownTags(values: JsonObject): Record<string, string> | undefined {
  const listed = keyValueList(values.tags) ?? keyValueList(values.tag);
  const mapped = stringMap(values.tags);
  return listed && mapped ? { ...listed, ...mapped } : listed ?? mapped;
}

/** Effective tags after apply, as far as the plan knows them. */
export function effectiveTags(values: JsonObject, provider: string, providerView: ProviderView | undefined): Record<string, string> | undefined {
  if (provider === 'google') return stringMap(values.effective_labels) ?? stringMap(values.labels);
  if (provider === 'aws' && isObject(values.tags_all)) return stringMap(values.tags_all);
  const own = ownTags(values) ?? stringMap(values.labels);
  const defaults = provider === 'aws' ? providerView?.defaultTags : undefined;
  if (!defaults) return own;
  return own ? { ...defaults, ...own } : { ...defaults };
}

/** Where the resource lives: its own region/location attribute, else its provider's region. */
const REGION_KEYS = ['region', 'location'];

export function resourceRegion(values: JsonObject, providerView: ProviderView | undefined): string | undefined {
  for (const key of REGION_KEYS) {
    const v = values[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return providerView?.region;
}
