// Indexes a plan's `configuration` block: resources by configuration address, module calls by module path, and the
// references of every attribute expression, resolved across module inputs/outputs into absolute resource addresses.
// This is what lets a rule see that `kms_key_id` points at `aws_kms_key.main` while its value is still unknown.
import type { JsonObject } from '../types';
import { inModule, referenceTarget } from './address';

/** A resource block as the configuration describes it. */
export interface ConfigResource {
  modulePath: string;
  providerConfigKey?: string;
  expressions: JsonObject;
}

/** A `module "x" {}` call: where it sits, what it passes in, what its module exports, and its source. */
export interface ConfigModuleCall {
  path: string;
  parentPath: string;
  source?: string;
  expressions: JsonObject;
  outputs: JsonObject;
}

const MAX_RESOLVE_DEPTH = 32;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The configuration block of one plan, indexed for look-ups by configuration address. */
export class PlanConfiguration {
  readonly resources = new Map<string, ConfigResource>();
  readonly calls = new Map<string, ConfigModuleCall>();
  readonly providerConfig: Record<string, JsonObject>;
  /** Declared defaults of module variables, per module path ('' for the root module). */
  readonly variableDefaults = new Map<string, Map<string, unknown>>();
  private readonly referenceCache = new Map<string, Record<string, string[]> | undefined>();
  private readonly configuredCache = new Map<string, Record<string, string[]> | undefined>();

  constructor(configuration: unknown) {
    const config = isObject(configuration) ? configuration : {};
    this.providerConfig = isObject(config.provider_config) ? (config.provider_config as Record<string, JsonObject>) : {};
    if (isObject(config.root_module)) this.indexModule(config.root_module, '');
  }

  /** Attribute path -> absolute configuration addresses it refers to, for one resource (cached per config address). */
  referencesOf(configAddress: string): Record<string, string[]> | undefined {
    if (this.referenceCache.has(configAddress)) return this.referenceCache.get(configAddress);
    const resource = this.resources.get(configAddress);
    let result: Record<string, string[]> | undefined;
    if (resource) {
      const out: Record<string, string[]> = {};
      this.collectReferences(resource.expressions, '', resource.modulePath, out);
      if (Object.keys(out).length > 0) result = out;
    }
    this.referenceCache.set(configAddress, result);
    return result;
  }

  /**
   * Attribute path -> raw references of its expression ([] for a literal or a block), for every attribute and nested
   * block the resource's configuration writes; undefined when the configuration does not describe the resource.
   */
  configuredOf(configAddress: string): Record<string, string[]> | undefined {
    if (this.configuredCache.has(configAddress)) return this.configuredCache.get(configAddress);
    const resource = this.resources.get(configAddress);
    let result: Record<string, string[]> | undefined;
    if (resource) {
      result = {};
      collectConfigured(resource.expressions, '', result);
    }
    this.configuredCache.set(configAddress, result);
    return result;
  }

  private indexModule(module: JsonObject, modulePath: string): void {
    const variables = isObject(module.variables) ? module.variables : {};
    const defaults = new Map<string, unknown>();
    for (const [name, declaration] of Object.entries(variables)) if (isObject(declaration) && 'default' in declaration) defaults.set(name, declaration.default);
    if (defaults.size > 0) this.variableDefaults.set(modulePath, defaults);
    for (const r of Array.isArray(module.resources) ? module.resources : []) {
      if (!isObject(r) || typeof r.address !== 'string') continue;
      this.resources.set(inModule(modulePath, r.address), {
        modulePath,
        ...(typeof r.provider_config_key === 'string' ? { providerConfigKey: r.provider_config_key } : {}),
        expressions: isObject(r.expressions) ? r.expressions : {},
      });
    }
    const calls = isObject(module.module_calls) ? module.module_calls : {};
    for (const [name, call] of Object.entries(calls)) {
      if (!isObject(call)) continue;
      const path = inModule(modulePath, `module.${name}`);
      const child = isObject(call.module) ? call.module : {};
      this.calls.set(path, {
        path,
        parentPath: modulePath,
        ...(typeof call.source === 'string' ? { source: call.source } : {}),
        expressions: isObject(call.expressions) ? call.expressions : {},
        outputs: isObject(child.outputs) ? child.outputs : {},
      });
      this.indexModule(child, path);
    }
  }

  /** Walks attribute expressions; nested blocks are objects or arrays of expression objects (dotted paths, no indexes). */
  private collectReferences(expressions: JsonObject, prefix: string, modulePath: string, out: Record<string, string[]>): void {
    for (const [key, expr] of Object.entries(expressions)) {
      const path = prefix + key;
      if (Array.isArray(expr)) {
        for (const block of expr) if (isObject(block)) this.collectReferences(block, `${path}.`, modulePath, out);
      } else if (isObject(expr)) {
        if (isExpression(expr)) {
          const targets = this.resolveAll(expr.references, modulePath, 0);
          if (targets.length > 0) out[path] = mergeUnique(out[path], targets);
        } else {
          this.collectReferences(expr, `${path}.`, modulePath, out);
        }
      }
    }
  }

  private resolveAll(references: unknown, modulePath: string, depth: number): string[] {
    if (!Array.isArray(references) || depth > MAX_RESOLVE_DEPTH) return [];
    const found: string[] = [];
    for (const ref of references) {
      if (typeof ref === 'string') for (const target of this.resolve(ref, modulePath, depth)) if (!found.includes(target)) found.push(target);
    }
    return found;
  }

  /** One reference to absolute resource addresses: module inputs resolve in the caller, outputs in the callee. */
  private resolve(reference: string, modulePath: string, depth: number): string[] {
    const target = referenceTarget(reference);
    switch (target.kind) {
      case 'resource':
        return [inModule(modulePath, target.address)];
      case 'variable': {
        const call = this.calls.get(modulePath);
        const input = call?.expressions[target.name];
        return call && isObject(input) ? this.resolveAll(input.references, call.parentPath, depth + 1) : [];
      }
      case 'module-output': {
        const childPath = inModule(modulePath, `module.${target.module}`);
        const output = this.calls.get(childPath)?.outputs[target.output];
        const expression = isObject(output) ? output.expression : undefined;
        return isObject(expression) ? this.resolveAll(expression.references, childPath, depth + 1) : [];
      }
      case 'other':
        return [];
    }
  }
}

/** Records every written attribute and block below `expressions` (blocks are arrays or objects of expressions). */
function collectConfigured(expressions: JsonObject, prefix: string, out: Record<string, string[]>): void {
  for (const [key, expr] of Object.entries(expressions)) {
    const path = prefix + key;
    if (Array.isArray(expr)) {
      out[path] = [];
      for (const block of expr) if (isObject(block)) collectConfigured(block, `${path}.`, out);
    } else if (isObject(expr)) {
      if (isExpression(expr)) {
        out[path] = Array.isArray(expr.references) ? expr.references.filter((r): r is string => typeof r === 'string') : [];
      } else {
        out[path] = [];
        collectConfigured(expr, `${path}.`, out);
      }
    }
  }
}

/** An expression object carries `references` and/or `constant_value`; anything else is a nested block. */
function isExpression(v: JsonObject): boolean {
  return 'references' in v || 'constant_value' in v || Object.keys(v).length === 0;
}

function mergeUnique(existing: string[] | undefined, more: string[]): string[] {
  if (!existing) return more;
  for (const m of more) if (!existing.includes(m)) existing.push(m);
  return existing;
}
