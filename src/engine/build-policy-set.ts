// Builds a policy set from Rego files: reads each rule's metadata, generates the aggregator module and compiles
// everything to one WebAssembly module (through the compile cache).
import { compileRego, parseModule, type DeclaredBuiltinSignature, type Module, type RegoVersion } from '../rego';
import type { ConventionRules } from './conventions/types';
import { diagnostic, PlangateError, type Diagnostic } from '../diagnostics';
import { aggregateModuleSource, ALL_RESULTS_ENTRYPOINT, ruleEntrypoint, ruleShards } from './aggregate-module';
import type { LoadedRule, PolicySet } from './policy-set';
import type { RegoFile } from './rego-sources';
import { readRuleDefinition } from './rule-metadata';
import { findIdlePackages } from './idle-packages';
import { inputDocumentSchemas, type SchemaSet } from './schemas';

/** Options of buildPolicySet. */
export interface BuildPolicySetOptions {
  /** Non-deterministic built-ins the sandbox lets these policies call. */
  allowBuiltins?: readonly string[];
  /** Compile cache directory, or false for none. */
  cacheDir?: string | false;
  /** Rego version of files that do not name their own (default v1). */
  regoVersion?: RegoVersion;
  /** Schemas for the type checker; the input document's schema by default (schemas.ts). */
  schemas?: SchemaSet;
  /** Signatures of built-ins the embedding program implements. */
  builtins?: Readonly<Record<string, DeclaredBuiltinSignature>>;
}

function parseAll(files: readonly RegoFile[]): Module[] {
  const modules: Module[] = [];
  const problems: Diagnostic[] = [];
  for (const f of files) {
    try {
      modules.push(parseModule(f.path, f.source));
    } catch (err) {
      if (err instanceof PlangateError) problems.push(...err.diagnostics);
      else throw err;
    }
  }
  if (problems.length > 0) throw new PlangateError(problems);
  return modules;
}

function readRules(modules: readonly Module[], files: readonly RegoFile[], source: LoadedRule['source']): LoadedRule[] {
  const problems: Diagnostic[] = [];
  const digests = new Map(files.map((f) => [f.path, f.sha256]));
  const seen = new Map<string, string>();
  const rules: LoadedRule[] = [];
  for (const module of modules) {
    const def = readRuleDefinition(module, problems);
    if (!def) continue;
    const earlier = seen.get(def.meta.id);
    if (earlier !== undefined) {
      problems.push(diagnostic('policy_error', `rule id ${def.meta.id} is also used by ${earlier}`, { file: module.loc.file, line: module.package.loc.line }));
      continue;
    }
    seen.set(def.meta.id, module.loc.file);
    rules.push({ ...def, source, sha256: digests.get(module.loc.file) ?? '', entrypoint: ruleEntrypoint(rules.length) });
  }
  if (problems.length > 0) throw new PlangateError(problems);
  return rules;
}

/** The base document the engine gives every evaluation (`data.plangate.params`), which no rule may redefine. */
const ENGINE_BASE_DATA = { plangate: { params: {} } };

/** Compiles Rego files into a policy set; throws PlangateError with every parse, metadata or compile error. */
export function buildPolicySet(name: string, files: readonly RegoFile[], source: LoadedRule['source'], opts: BuildPolicySetOptions = {}): PolicySet {
  const modules = parseAll(files);
  const rules = readRules(modules, files, source);
  const idle = source === 'custom' ? findIdlePackages(modules, new Map(files.map((f) => [f.path, f.source])), new Set(rules.map((r) => r.packagePath.join('.')))) : [];
  const aggregator = { path: 'plangate-engine.rego', source: aggregateModuleSource(rules) };
  const shards = ruleShards(rules);
  const compiled = compileRego([...files.map(({ path, source: text }) => ({ path, source: text })), aggregator], {
    entrypoints: [ALL_RESULTS_ENTRYPOINT, ...shards.map((shard) => shard.entrypoint), ...rules.map((r) => r.entrypoint as string)],
    allowBuiltins: opts.allowBuiltins,
    schemas: opts.schemas ?? inputDocumentSchemas(),
    baseData: ENGINE_BASE_DATA,
    ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    ...(opts.builtins ? { builtins: opts.builtins } : {}),
  });
  return { name, wasm: compiled.wasm, rules, allEntrypoint: ALL_RESULTS_ENTRYPOINT, shards, ...(idle.length > 0 ? { problems: idle } : {}) };
}

/** Compiles the user's Rego files with a convention's own sources and generated module into one policy set. */
export function compileConventionSet(name: string, files: readonly RegoFile[], found: ConventionRules, opts: BuildPolicySetOptions = {}): PolicySet {
  const sources = [...files, ...found.sources].map(({ path, source, regoVersion }) => ({ path, source, ...(regoVersion ? { regoVersion } : {}) }));
  const shards = found.shards ?? [];
  const compiled = compileRego([...sources, found.aggregator], {
    entrypoints: [found.allEntrypoint, ...shards.map((shard) => shard.entrypoint), ...found.rules.map((r) => r.entrypoint as string)],
    allowBuiltins: opts.allowBuiltins,
    // Only plangate's rules read plangate's input document; conftest documents and admission reviews have no schema.
    ...(found.input ? {} : { schemas: opts.schemas ?? inputDocumentSchemas() }),
    baseData: ENGINE_BASE_DATA,
    ...(opts.regoVersion ? { regoVersion: opts.regoVersion } : {}),
    ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    ...(opts.builtins ? { builtins: opts.builtins } : {}),
  });
  return {
    name,
    wasm: compiled.wasm,
    rules: found.rules,
    allEntrypoint: found.allEntrypoint,
    ...(shards.length > 0 ? { shards } : {}),
    ...(found.input ? { input: found.input } : {}),
  };
}
