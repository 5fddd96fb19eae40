// Evaluates a policy set over the input document inside WebAssembly: one call for every rule at once; when that
// call fails (a conflict, an abort), each rule is evaluated alone so the others still produce results.
import { loadPolicy, type LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { createHostImplementations, type HostImplementations } from '../rego/builtins/host-implementations';
import { memoryFor } from '../rego/wasm/memory-import';
import { diagnostic, errorText, type Diagnostic, type DiagnosticCode } from '../diagnostics';
import type { PolicySet, PolicySetShard } from './policy-set';
import { ParsedInput } from './parsed-input';
import { readRuleOutput, type RuleOutput } from './results';

/** What evaluating a set produced: outputs of the rules that ran, errors of those that did not. */
export interface SetEvaluation {
  outputs: Map<string, RuleOutput>;
  errors: Map<string, Diagnostic>;
}

/** Memory limits of one evaluation, in 64 KiB WebAssembly pages. */
export interface MemoryLimits {
  initialPages?: number;
  maximumPages?: number;
  /** The limit as the user gave it, for the message when it is reached. */
  maxMemoryMiB?: number;
}

const CONFLICT = /(multiple outputs|must be unique|conflict)/;

const OUT_OF_MEMORY = /Maximum memory size exceeded|opa_malloc: failed|Out of memory|could not allocate memory|WebAssembly\.Memory\.grow/i;

/** The message of an evaluation stopped by the memory limit. */
export function memoryLimitMessage(maxMemoryMiB: number | undefined): string {
  return maxMemoryMiB ? `evaluation exceeded the ${maxMemoryMiB} MiB memory limit` : 'evaluation ran out of memory';
}

/** Turns a module abort ("file:row:col: message") or a host error into a diagnostic. */
export function evaluationDiagnostic(err: unknown, fallbackFile: string, maxMemoryMiB?: number): Diagnostic {
  const text = typeof err === 'string' ? err : errorText(err);
  if (OUT_OF_MEMORY.test(text)) {
    return diagnostic('eval_cancel_error', memoryLimitMessage(maxMemoryMiB), { file: fallbackFile });
  }
  const located = /^(.*?):(\d+):(\d+): (.*)$/s.exec(text);
  const unlocated = located ? located[4] : text;
  // The module names the class first ("eval_conflict_error: ..."), as OPA prints its errors.
  const classed = /^(eval_conflict_error|eval_type_error|eval_builtin_error): (.*)$/s.exec(unlocated);
  const message = classed ? classed[2] : unlocated;
  const code: DiagnosticCode = classed ? (classed[1] as DiagnosticCode) : CONFLICT.test(message) ? 'eval_conflict_error' : 'policy_error';
  const location = located ? { file: located[1], line: Number(located[2]), col: Number(located[3]) } : { file: fallbackFile };
  return diagnostic(code, message.split('\n')[0], location);
}

/** The rules a shard of the set holds (every rule without a shard). */
export function rulesOf(set: PolicySet, shard?: PolicySetShard): PolicySet['rules'] {
  if (!shard) return set.rules;
  const ids = new Set(shard.rules);
  return set.rules.filter((rule) => ids.has(rule.meta.id));
}

/** A set's module instantiated with its data, ready for an input. */
export interface LoadedSet {
  set: PolicySet;
  policy: LoadedPolicy;
  host: HostImplementations;
  limits: MemoryLimits;
}

/** An embedder's built-in implementations, by Rego name (called with the arguments' JSON values). */
export type EmbedderBuiltins = Readonly<Record<string, (...args: unknown[]) => unknown>>;

/** Compiles and instantiates the set's module and loads `data` into it (everything that needs no input). */
export async function loadSet(set: PolicySet, data: object, limits: MemoryLimits = {}, embedder: EmbedderBuiltins = {}): Promise<LoadedSet> {
  const memory = memoryFor(set.wasm, limits.initialPages, limits.maximumPages || undefined);
  const host = createHostImplementations();
  const policy = await loadPolicy(set.wasm, memory, { ...embedder, ...host.builtins });
  policy.setData({ ...(set.data ?? {}), ...data });
  return { set, policy, host, limits };
}

/** The evaluation of a set (or shard) none of whose rules ran: each gets the same error, located at its own file. */
export function failRules(set: PolicySet, shard: PolicySetShard | undefined, code: DiagnosticCode, message: string): SetEvaluation {
  const errors = new Map<string, Diagnostic>();
  for (const rule of rulesOf(set, shard)) errors.set(rule.meta.id, diagnostic(code, message, { file: rule.meta.file ?? set.name }));
  return { outputs: new Map(), errors };
}

/** Evaluates every rule of a set (or of one of its shards) over `input` (JSON text bytes) with `data`. */
export async function evaluatePolicySet(set: PolicySet, input: Uint8Array, data: object, limits: MemoryLimits = {}, shard?: PolicySetShard, embedder: EmbedderBuiltins = {}): Promise<SetEvaluation> {
  return evaluateLoaded(await loadSet(set, data, limits, embedder), input, shard);
}

/** Evaluates the rules of a loaded set (or of one of its shards) over `input` (JSON text bytes). */
export function evaluateLoaded(loaded: LoadedSet, input: Uint8Array, shard?: PolicySetShard): SetEvaluation {
  const { set, policy, host, limits } = loaded;
  let parsed: ParsedInput;
  try {
    parsed = new ParsedInput(policy, input);
  } catch (err) {
    const problem = evaluationDiagnostic(err, set.name, limits.maxMemoryMiB);
    return failRules(set, shard, problem.code, problem.message);
  }
  const outputs = new Map<string, RuleOutput>();
  const errors = new Map<string, Diagnostic>();
  const run = (entrypoint: string): unknown => {
    host.reset();
    return parsed.evaluate(entrypoint);
  };
  const rules = rulesOf(set, shard);
  const allEntrypoint = shard ? shard.entrypoint : set.allEntrypoint;
  if (allEntrypoint) {
    try {
      const all = (run(allEntrypoint) ?? {}) as Record<string, unknown>;
      for (const rule of rules) outputs.set(rule.meta.id, readRuleOutput(all[rule.meta.id]));
      return { outputs, errors };
    } catch {
      // One rule failed while evaluating: fall through and evaluate each rule alone.
    }
  }
  for (const rule of rules) {
    try {
      outputs.set(rule.meta.id, readRuleOutput(rule.entrypoint ? run(rule.entrypoint) : runOutputs(run, rule.outputEntrypoints ?? {})));
    } catch (err) {
      errors.set(rule.meta.id, evaluationDiagnostic(err, rule.meta.file ?? set.name, limits.maxMemoryMiB));
    }
  }
  return { outputs, errors };
}

function runOutputs(run: (entrypoint: string) => unknown, entrypoints: Partial<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, entrypoint] of Object.entries(entrypoints)) if (entrypoint) out[name] = run(entrypoint);
  return out;
}
