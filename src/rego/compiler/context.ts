// The state the compiler stages share: the modules being rewritten, the optional query, the rule tree,
// the built-in lookup and the diagnostics bag. Stages replace rules and bodies; they never mutate nodes.
import type { Body, Module, Rule } from '../ast/nodes';
import type { BuiltinDecl } from '../builtins/types';
import { lookupBuiltin } from '../builtins/registry';
import { schemaToType } from '../types/schema';
import type { Type } from '../types/types';
import { DiagnosticBag } from './diagnostic-bag';
import { buildRuleTree, type RuleTreeNode } from './rule-tree';

/** The schema set's ref of the schema that types `input` everywhere. */
export const INPUT_SCHEMA = 'schema.input';

/** Looks up a built-in declaration by exact Rego name. */
export type BuiltinLookup = (name: string) => BuiltinDecl | undefined;

/** A query being compiled alongside (or after) the modules. */
export interface QueryUnit {
  body: Body;
  /** Rewritten local name → the name the user wrote (for result bindings). */
  names: Map<string, string>;
}

/** Options of the compiler. */
export interface CompileOptions {
  /** Built-in declarations; defaults to the registry. */
  builtins?: BuiltinLookup;
  /** Nondeterministic built-ins the policy may call (http.send, time.now_ns …); others are refused. */
  allowedNondeterministic?: readonly string[];
  /**
   * JSON Schemas by ref, as OPA's schema set: `schema.input` types `input` for every rule (OPA's `--schema FILE`);
   * `# METADATA schemas:` annotations refer to any of them (`schema.k8s.pod`). Without `schema.input`, `input` is any.
   */
  schemas?: ReadonlyMap<string, unknown>;
  /** Stop after this stage (for dumps and tests). */
  stopAfter?: string;
  /** Stages to skip. */
  skip?: readonly string[];
  /** The base documents, when known at compile time: rules may not redefine them (CheckPathConflicts). */
  baseData?: unknown;
}

/** Shared state of one compilation. */
export interface CompileContext {
  modules: Module[];
  query?: QueryUnit;
  /** True when compiling a query against already compiled modules: module stages do nothing. */
  queryOnly: boolean;
  tree: RuleTreeNode;
  diagnostics: DiagnosticBag;
  builtins: BuiltinLookup;
  allowedNondeterministic: ReadonlySet<string>;
  /** `data.pkg.f` → number of parameters, for every user function. */
  functionArity: Map<string, number>;
  /** Counter behind fresh generated names; shared with later query compilations. */
  gen: { next: number };
  /** Renamed local → the name the user wrote, for messages. */
  localNames: Map<string, string>;
  /** The type of `input` (from the `schema.input` schema), any when absent. */
  inputType?: Type;
  schemas: ReadonlyMap<string, unknown>;
  /** The base documents, when known at compile time. */
  baseData?: unknown;
}

/** A fresh context over parsed modules. */
export function newContext(modules: Module[], opts: CompileOptions, gen = { next: 0 }): CompileContext {
  return {
    modules,
    queryOnly: false,
    tree: buildRuleTree(modules),
    diagnostics: new DiagnosticBag(),
    builtins: opts.builtins ?? lookupBuiltin,
    allowedNondeterministic: new Set(opts.allowedNondeterministic ?? []),
    functionArity: new Map(),
    gen,
    localNames: new Map(),
    ...(opts.schemas?.has(INPUT_SCHEMA) ? { inputType: schemaToType(opts.schemas.get(INPUT_SCHEMA)) } : {}),
    schemas: opts.schemas ?? new Map(),
    ...(opts.baseData !== undefined ? { baseData: opts.baseData } : {}),
  };
}

/** The name a user wrote for a (possibly renamed or generated) var, as OPA prints it in messages. */
export function userVarName(ctx: CompileContext, name: string): string {
  if (/^\$\d+$/.test(name)) return '_';
  return ctx.localNames.get(name) ?? name;
}

/** A fresh generated name with a prefix (`__local` names are OPA's renamed locals). */
export function freshName(ctx: CompileContext, prefix: '__local' | '$h' | '$k'): string {
  const n = ctx.gen.next++;
  return prefix === '__local' ? `__local${n}__` : `${prefix}${n}`;
}

/** Rebuilds every rule (each link of every else chain) of every module with `f`. */
export function rewriteRules(ctx: CompileContext, f: (rule: Rule, module: Module) => Rule): void {
  if (ctx.queryOnly) return;
  const mapChain = (rule: Rule, m: Module): Rule => {
    const out = f(rule, m);
    return out.else ? { ...out, else: mapChain(out.else, m) } : out;
  };
  ctx.modules = ctx.modules.map((m) => ({ ...m, rules: m.rules.map((r) => mapChain(r, m)) }));
  ctx.tree = buildRuleTree(ctx.modules);
}

/** Visits every rule link of every module (no-op for query-only compilations). */
export function forEachRule(ctx: CompileContext, f: (rule: Rule, module: Module) => void): void {
  if (ctx.queryOnly) return;
  for (const m of ctx.modules) {
    for (const r of m.rules) for (let x: Rule | undefined = r; x; x = x.else) f(x, m);
  }
}
