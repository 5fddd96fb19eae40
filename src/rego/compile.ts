// compileRego(): Rego sources to a WebAssembly module honouring OPA's ABI. The pipeline's stages are listed in
// COMPILE_PIPELINE and run top to bottom; each is a function from one representation to the next.
import { lookupWithDeclared, type DeclaredBuiltinSignature } from './builtins/declared';
import { PlangateError, type Diagnostic } from '../diagnostics';
import type { Annotations, Body, Module } from './ast/nodes';
import { compileModules, type CompiledProgram } from './compiler';
import type { Policy } from './ir/types';
import { parseModule, parseQuery, withVersionHint, type RegoVersion } from './parser';
import { planPolicy, QUERY_PLAN_NAME } from './planner';
import { emitPolicyModule } from './wasm';
import { CompileCache, cacheKey, type CacheKeyInput } from './cache';
import { compilerIdentity } from './compiler-identity';

/** One Rego source file. */
export interface RegoModuleSource {
  path: string;
  source: string;
  /** The Rego version of this file when it differs from the compilation's (a bundle's file_rego_versions). */
  regoVersion?: RegoVersion;
}

/** Options of compileRego. */
export interface CompileRegoOptions {
  /** Entrypoints as slash paths (`pkg/rule`); ids follow this order. Rules annotated `entrypoint: true` are added. */
  entrypoints: readonly string[];
  /** An arbitrary query, compiled as the last entrypoint, named "query"; its results bind the query's variables. */
  query?: string;
  /** Non-deterministic built-ins the policy may call (the sandbox refuses them otherwise). */
  allowBuiltins?: readonly string[];
  /** Built-in errors abort evaluation with OPA's eval_type_error / eval_builtin_error (OPA's --strict-builtin-errors); by default they make the call undefined. */
  strictBuiltinErrors?: boolean;
  /** Directory of the on-disk compile cache; without it every call compiles. */
  cacheDir?: string;
  /** Rego version of the sources that do not name their own (default v1). */
  regoVersion?: RegoVersion;
  /** The base documents, when known at compile time: a rule redefining one is a compile error, as in OPA. */
  baseData?: unknown;
  /** Built-ins the embedding program implements (called on the host through the SDK), by Rego name. */
  builtins?: Readonly<Record<string, DeclaredBuiltinSignature>>;
  /**
   * JSON Schemas for the type checker by ref (OPA's schema set): `schema.input` types `input` in every rule; METADATA
   * `schemas:` annotations name any of them (`schema.k8s.pod`).
   */
  schemas?: Readonly<Record<string, unknown>>;
}

/** A compiled module. */
export interface CompileRegoResult {
  wasm: Uint8Array;
  /** Entrypoint name → id, as the module's `entrypoints()` export reports them. */
  entrypoints: Record<string, number>;
  /** Every METADATA block of every module. */
  metadata: Annotations[];
  /** Warnings (errors are thrown as PlangateError). */
  diagnostics: Diagnostic[];
}

interface PipelineState {
  sources: readonly RegoModuleSource[];
  options: CompileRegoOptions;
  modules?: Module[];
  query?: Body;
  program?: CompiledProgram;
  entrypoints?: string[];
  policy?: Policy;
  wasm?: Uint8Array;
}

function annotatedEntrypoints(modules: readonly Module[]): string[] {
  const out: string[] = [];
  for (const m of modules) {
    const pkg = m.package.path.path.map((t) => (t.kind === 'String' ? t.value : '')).join('/');
    for (const a of m.annotations) {
      if (a.entrypoint && a.target.kind === 'rule') out.push(`${pkg}/${a.target.ref.replace(/\./g, '/')}`);
      if (a.entrypoint && a.target.kind === 'package') out.push(pkg);
    }
  }
  return out;
}

/** The stages of compileRego, in order. */
export const COMPILE_PIPELINE = [
  {
    name: 'Parse',
    run: (s: PipelineState): void => {
      const problems: Diagnostic[] = [];
      s.modules = [];
      for (const src of s.sources) {
        try {
          s.modules.push(parseModule(src.path, src.source, { regoVersion: src.regoVersion ?? s.options.regoVersion }));
        } catch (err) {
          if (!(err instanceof PlangateError)) throw err;
          problems.push(...withVersionHint(err, src.path, src.source, src.regoVersion ?? s.options.regoVersion).diagnostics);
        }
      }
      if (s.options.query !== undefined) {
        try {
          s.query = parseQuery(s.options.query);
        } catch (err) {
          if (!(err instanceof PlangateError)) throw err;
          problems.push(...err.diagnostics);
        }
      }
      if (problems.length > 0) throw new PlangateError(problems);
    },
  },
  {
    name: 'Compile',
    run: (s: PipelineState): void => {
      const builtins = s.options.builtins ? lookupWithDeclared(s.options.builtins) : undefined;
      const baseData = s.options.baseData !== undefined ? { baseData: s.options.baseData } : {};
      const schemas = new Map(Object.entries(s.options.schemas ?? {}));
      const result = compileModules(s.modules ?? [], { allowedNondeterministic: s.options.allowBuiltins, schemas, ...(builtins ? { builtins } : {}), ...baseData });
      if (result.diagnostics.length > 0) throw new PlangateError(result.diagnostics);
      s.program = result.program;
    },
  },
  {
    name: 'Plan',
    run: (s: PipelineState): void => {
      s.policy = planPolicy(s.program as CompiledProgram, { entrypoints: s.entrypoints ?? [], query: s.query });
    },
  },
  {
    name: 'Codegen',
    run: (s: PipelineState): void => {
      const lookupBuiltin = s.options.builtins ? lookupWithDeclared(s.options.builtins) : undefined;
      s.wasm = emitPolicyModule(s.policy as Policy, { strictBuiltinErrors: s.options.strictBuiltinErrors === true, ...(lookupBuiltin ? { lookupBuiltin } : {}) });
    },
  },
] as const;

/** The names of the pipeline's stages. */
export type CompileStageName = (typeof COMPILE_PIPELINE)[number]['name'];

function runPipeline(state: PipelineState, from: CompileStageName, to: CompileStageName): void {
  const names = COMPILE_PIPELINE.map((s) => s.name);
  for (const stage of COMPILE_PIPELINE.slice(names.indexOf(from), names.indexOf(to) + 1)) stage.run(state);
}

/** What compileRego learns from parsing, kept beside a cached module so a cache hit need not parse again. */
interface ParseSummary {
  entrypoints: string[];
  metadata: Annotations[];
}

function cacheKeyInput(sources: readonly RegoModuleSource[], options: CompileRegoOptions, product: 'wasm' | 'parse-summary'): CacheKeyInput {
  return {
    sources: sources.map((s) => ({ path: s.path, text: s.source })),
    compilerVersion: compilerIdentity(),
    // The Rego version changes what a source means (and whether it compiles), so each source's is in the key.
    options: { regoVersions: sources.map((s) => s.regoVersion ?? options.regoVersion ?? 'v1'), entrypoints: options.entrypoints, query: options.query ?? null, allowBuiltins: options.allowBuiltins ?? [], ...(options.strictBuiltinErrors ? { strictBuiltinErrors: true } : {}), ...(options.builtins ? { builtins: options.builtins } : {}), ...(options.baseData !== undefined ? { baseData: options.baseData } : {}), ...(options.schemas ? { schemas: options.schemas } : {}), ...(product === 'wasm' ? {} : { product }) },
  };
}

function summaryOf(state: PipelineState): ParseSummary {
  return { entrypoints: state.entrypoints ?? [], metadata: (state.modules ?? []).flatMap((m) => m.annotations) };
}

/** Parses, then compiles unless the cache holds the module; stores the module and the parse summary. */
function parseAndCompile(state: PipelineState, cache: CompileCache | undefined): ParseSummary {
  runPipeline(state, 'Parse', 'Parse');
  state.entrypoints = [...new Set([...state.options.entrypoints.map((e) => e.replace(/^\//, '')), ...annotatedEntrypoints(state.modules ?? [])])];
  const compileRest = (): Uint8Array => {
    runPipeline(state, 'Compile', 'Codegen');
    return state.wasm as Uint8Array;
  };
  const summary = summaryOf(state);
  if (!cache) {
    compileRest();
    return summary;
  }
  state.wasm = cache.getOrCompileSync(cacheKeyInput(state.sources, state.options, 'wasm'), compileRest).bytes;
  cache.put(cacheKey(cacheKeyInput(state.sources, state.options, 'parse-summary')), Buffer.from(JSON.stringify(summary)));
  return summary;
}

/** The cached module and parse summary of these sources, when both are in the cache. */
function cachedCompile(state: PipelineState, cache: CompileCache): ParseSummary | undefined {
  const wasm = cache.get(cacheKey(cacheKeyInput(state.sources, state.options, 'wasm')));
  const summary = wasm && cache.get(cacheKey(cacheKeyInput(state.sources, state.options, 'parse-summary')));
  if (!wasm || !summary) return undefined;
  state.wasm = wasm;
  return JSON.parse(Buffer.from(summary).toString('utf8')) as ParseSummary;
}

/**
 * Compiles Rego modules (and optionally a query) to a WebAssembly module; throws PlangateError on any error.
 * With a cache directory, a module compiled before from the same sources, options and compiler is reused, with
 * the entrypoints and metadata its parse produced: a cache hit neither compiles nor parses.
 */
export function compileRego(sources: readonly RegoModuleSource[], options: CompileRegoOptions): CompileRegoResult {
  const state: PipelineState = { sources, options };
  const cache = options.cacheDir ? new CompileCache(options.cacheDir) : undefined;
  const summary = (cache && cachedCompile(state, cache)) || parseAndCompile(state, cache);
  state.entrypoints = summary.entrypoints;
  const names = [...(state.entrypoints ?? []), ...(options.query !== undefined ? [QUERY_PLAN_NAME] : [])];
  return {
    wasm: state.wasm as Uint8Array,
    entrypoints: Object.fromEntries(names.map((n, i) => [n, i])),
    metadata: summary.metadata,
    diagnostics: [],
  };
}
