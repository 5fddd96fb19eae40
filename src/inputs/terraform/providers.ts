// Provider configurations of a plan (configuration.provider_config): region and AWS default_tags per provider, and
// the look-up from a resource's provider_config_key (`aws`, `aws.west`, `child1:aws`) to the configuration it uses.
import type { JsonObject, ProviderView } from '../types';
import type { ExpressionResolver } from './expressions';

/** Provider arguments that place resources; settled through variables and locals when the plan allows. */
const PLACEMENT_ARGUMENTS = ['region', 'location', 'project'] as const;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** String-valued entries of a map; other values (unknown, nested) are left out. */
export function stringMap(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** `default_tags { tags = {...} }` as the plan writes it: an array holding one block whose `tags` is an expression. */
function defaultTags(expressions: JsonObject): Record<string, string> | undefined {
  const blocks = expressions.default_tags;
  if (!Array.isArray(blocks)) return undefined;
  let merged: Record<string, string> | undefined;
  for (const block of blocks) {
    const tags = isObject(block) && isObject(block.tags) ? stringMap(block.tags.constant_value) : undefined;
    if (tags) merged = { ...merged, ...tags };
  }
  return merged;
}

/** region, location and project of one provider block: settled values, and why the others are not settled. */
function placement(expressions: JsonObject, modulePath: string, resolver: ExpressionResolver): Pick<ProviderView, 'region' | 'location' | 'project' | 'unsettled'> {
  const out: Pick<ProviderView, 'region' | 'location' | 'project' | 'unsettled'> = {};
  for (const argument of PLACEMENT_ARGUMENTS) {
    if (!(argument in expressions)) continue;
    const settled = resolver.settle(expressions[argument], modulePath);
    if ('value' in settled && typeof settled.value === 'string' && settled.value !== '') out[argument] = settled.value;
    else out.unsettled = { ...out.unsettled, [argument]: 'unsettled' in settled ? settled.unsettled : `it is ${JSON.stringify(settled.value)}, not a name` };
  }
  return out;
}

/** The providers of one plan, in the document's shape, keyed by provider_config key. */
export function buildProviders(providerConfig: Record<string, JsonObject>, resolver: ExpressionResolver, file: string): Map<string, ProviderView> {
  const views = new Map<string, ProviderView>();
  for (const [key, entry] of Object.entries(providerConfig)) {
    if (!isObject(entry)) continue;
    const expressions = isObject(entry.expressions) ? entry.expressions : {};
    const tags = defaultTags(expressions);
    const colon = key.indexOf(':');
    const module = typeof entry.module_address === 'string' ? entry.module_address : colon > 0 ? `module.${key.slice(0, colon)}` : '';
    views.set(key, {
      name: typeof entry.name === 'string' ? entry.name : key.slice(colon + 1).split('.')[0],
      ...(typeof entry.full_name === 'string' ? { fullName: entry.full_name } : {}),
      alias: typeof entry.alias === 'string' ? entry.alias : null,
      module,
      // The block's expressions are written in the module holding it (a provider passed into a module keeps its own).
      ...placement(expressions, module, resolver),
      ...(tags ? { defaultTags: tags } : {}),
      source: file,
    });
  }
  return views;
}

/** The provider configuration a resource uses: its own key, else the root provider of the same name it inherits. */
export function providerFor(views: Map<string, ProviderView>, configKey: string | undefined, shortName: string): ProviderView | undefined {
  if (configKey) {
    const exact = views.get(configKey);
    if (exact) return exact;
    const inherited = views.get(configKey.slice(configKey.indexOf(':') + 1));
    if (inherited) return inherited;
  }
  return views.get(shortName);
}
