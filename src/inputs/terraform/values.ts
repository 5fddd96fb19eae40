// Sensitive-value redaction and the walk over Terraform's module value trees (planned_values, prior_state, state
// `values`): root_module and child_modules at any depth, flattened to one list of resource entries.
import type { JsonObject } from '../types';

/** What a sensitive value is replaced with: reports and policies never see the value itself. */
export const REDACTED = '(sensitive value)';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Replaces every value the sensitivity tree marks `true` with REDACTED. Copy-on-write: only the objects on a path to a
 * sensitive value are copied, so the (usual) case of nothing sensitive costs no allocation.
 */
export function redactSensitive(value: unknown, sensitive: unknown): unknown {
  if (sensitive === true) return value === null || value === undefined ? value : REDACTED;
  if (Array.isArray(sensitive) && Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < sensitive.length && i < value.length; i++) {
      const redacted = redactSensitive(value[i], sensitive[i]);
      if (redacted !== value[i]) (out ??= value.slice())[i] = redacted;
    }
    return out ?? value;
  }
  if (isObject(sensitive) && isObject(value)) {
    let out: JsonObject | undefined;
    for (const key of Object.keys(sensitive)) {
      if (!(key in value)) continue;
      const redacted = redactSensitive(value[key], sensitive[key]);
      if (redacted !== value[key]) (out ??= { ...value })[key] = redacted;
    }
    return out ?? value;
  }
  return value;
}

/** `true` for a whole resource (valid Terraform: "everything sensitive") as a tree naming each of its attributes. */
function perAttribute(values: unknown, sensitive: unknown): unknown {
  if (sensitive !== true || !isObject(values)) return sensitive;
  return Object.fromEntries(Object.keys(values).map((key) => [key, true]));
}

/**
 * A resource's values under its sensitivity tree. A tree of just `true` redacts every attribute but keeps the
 * object and its keys, which rules read (a string in place of the object would break every rule).
 */
export function redactResourceValues(values: unknown, sensitive: unknown): unknown {
  return redactSensitive(values, perAttribute(values, sensitive));
}

/** The sensitivity tree a resource keeps in the document (`sensitive`), when anything is sensitive. */
export function resourceSensitivity(values: unknown, sensitive: unknown): JsonObject | undefined {
  const tree = perAttribute(values, sensitive);
  return isObject(tree) && hasSensitive(tree) ? tree : undefined;
}

/** A sensitivity tree worth keeping in the document: `true`, or a tree holding at least one `true`. */
export function hasSensitive(tree: unknown): boolean {
  if (tree === true) return true;
  if (Array.isArray(tree)) return tree.some(hasSensitive);
  if (isObject(tree)) return Object.values(tree).some(hasSensitive);
  return false;
}

/**
 * Terraform 0.12 wrote child-module resources with addresses relative to their module and left the count/for_each
 * key only in `index`; later versions write the full instance address. Both come out as the full address.
 */
export function absoluteAddress(moduleAddress: string, address: string, index: unknown): string {
  let full = moduleAddress && !address.startsWith(`${moduleAddress}.`) ? `${moduleAddress}.${address}` : address;
  if ((typeof index === 'number' || typeof index === 'string') && !full.endsWith(']')) full += `[${JSON.stringify(index)}]`;
  return full;
}

/** One resource instance of a module value tree. */
export interface ModuleValueResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  index?: string | number;
  providerName?: string;
  module: string;
  values: JsonObject;
  sensitive?: unknown;
  deposed?: string;
}

/** Calls `visit` for every resource of a module value tree, depth-first in file order, without building anything. */
export function forEachModuleResource(values: unknown, visit: (resource: JsonObject, moduleAddress: string) => void): void {
  if (!isObject(values) || !isObject(values.root_module)) return;
  const stack: Array<{ module: JsonObject; address: string }> = [{ module: values.root_module, address: '' }];
  while (stack.length > 0) {
    const { module, address } = stack.pop()!;
    const resources = Array.isArray(module.resources) ? module.resources : [];
    for (const r of resources) if (isObject(r) && typeof r.address === 'string') visit(r, address);
    const children = Array.isArray(module.child_modules) ? module.child_modules : [];
    // Reversed so the stack yields children in the order the file lists them.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (isObject(child)) stack.push({ module: child, address: typeof child.address === 'string' ? child.address : address });
    }
  }
}

/** The entry of one resource of a module value tree (its `address` is a string: forEachModuleResource checks). */
export function moduleValueResource(r: JsonObject, moduleAddress: string): ModuleValueResource {
  const entry: ModuleValueResource = {
    address: absoluteAddress(moduleAddress, r.address as string, r.index),
    mode: typeof r.mode === 'string' ? r.mode : 'managed',
    type: String(r.type ?? ''),
    name: String(r.name ?? ''),
    module: moduleAddress,
    values: isObject(r.values) ? r.values : {},
  };
  if (typeof r.index === 'string' || typeof r.index === 'number') entry.index = r.index;
  if (typeof r.provider_name === 'string') entry.providerName = r.provider_name;
  if (r.sensitive_values !== undefined) entry.sensitive = r.sensitive_values;
  if (typeof r.deposed_key === 'string') entry.deposed = r.deposed_key;
  return entry;
}

/** Flattens `{root_module: {resources, child_modules: [...]}}` (as written in planned_values, prior_state.values and state `values`). */
export function flattenModuleValues(values: unknown): ModuleValueResource[] {
  const out: ModuleValueResource[] = [];
  forEachModuleResource(values, (r, moduleAddress) => out.push(moduleValueResource(r, moduleAddress)));
  return out;
}

/** Entries by address, built on first use: a complete plan never needs them, so big plans do not pay for them. */
export class LazyModuleIndex {
  private map: Map<string, ModuleValueResource> | undefined;

  constructor(private readonly values: unknown) {}

  get(address: string): ModuleValueResource | undefined {
    if (!this.map) {
      const map = new Map<string, ModuleValueResource>();
      forEachModuleResource(this.values, (r, m) => {
        if (typeof r.deposed_key !== 'string') {
          const entry = moduleValueResource(r, m);
          map.set(entry.address, entry);
        }
      });
      this.map = map;
    }
    return this.map.get(address);
  }
}
