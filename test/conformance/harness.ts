// Runs one conformance case: compile its modules and query with plangate's compiler, evaluate the module inside
// WebAssembly through @open-policy-agent/opa-wasm, and compare with the expected result or error.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type { ConformanceCase } from './cases';
import { sameResults } from './compare';
import { outOfScopeReason } from './out-of-scope';

/** What the harness needs from the compiler: Rego modules + a query in, a Wasm module out (or a thrown error with diagnostics). */
export type CompileQuery = (
  modules: { path: string; source: string }[],
  query: string,
  options: { strictBuiltinErrors: boolean },
) => Promise<{ wasm: Uint8Array; entrypoint: string | number }>;

export interface CaseOutcome {
  status: 'pass' | 'fail' | 'skip';
  reason?: string;
}

interface ErrorLike {
  code: string;
  message: string;
}

/** Host built-ins plangate passes to loadPolicy (beyond the SDK's own), e.g. time.now_ns. */
export type HostBuiltins = Record<string, (...args: unknown[]) => unknown>;

/** Classifies a run-time abort message from the module into OPA's error classes. */
export function classifyRuntimeError(message: string): ErrorLike {
  const code = /\b(eval_[a-z_]+_error)\b/.exec(message)?.[1]
    ?? (/(multiple outputs|must be unique|conflict)/.test(message) ? 'eval_conflict_error' : 'eval_error');
  return { code, message };
}

function errorOf(err: unknown): ErrorLike {
  if (typeof err === 'string') return classifyRuntimeError(err);
  if (err && typeof err === 'object' && 'diagnostics' in err) {
    const e = err as { diagnostics: { code: string; message: string }[]; message?: string };
    return { code: e.diagnostics[0]?.code ?? 'internal_error', message: e.message ?? '' };
  }
  if (err instanceof Error) return classifyRuntimeError(err.message);
  return { code: 'internal_error', message: String(err) };
}

function describeError(e: ErrorLike): string {
  return `${e.code}: ${e.message.split('\n')[0].slice(0, 200)}`;
}

/** Compiles, evaluates and judges one case. Never throws. */
export async function runCase(c: ConformanceCase, compile: CompileQuery, hostBuiltins: HostBuiltins): Promise<CaseOutcome> {
  const modules = (c.modules ?? []).map((source, i) => ({ path: `test-${i}.rego`, source }));
  const skip = outOfScopeReason([...modules.map((m) => m.source), c.query]);
  if (skip) return { status: 'skip', reason: skip };
  let results: Record<string, unknown>[];
  try {
    const { wasm, entrypoint } = await compile(modules, c.query, { strictBuiltinErrors: c.strict_error === true });
    const policy = await loadPolicy(wasm, undefined, hostBuiltins);
    policy.setData((c.data ?? {}) as object);
    const input = c.input_term !== undefined ? new TextEncoder().encode(c.input_term).buffer : c.input;
    const raw = policy.evaluate(input, entrypoint) as Record<string, unknown>[];
    results = raw;
  } catch (err) {
    const got = errorOf(err);
    if (c.want_error_code === undefined && c.want_error === undefined) return { status: 'fail', reason: `unexpected error ${describeError(got)}` };
    if (c.want_error_code !== undefined && got.code !== c.want_error_code) return { status: 'fail', reason: `want ${c.want_error_code}, got ${describeError(got)}` };
    if (c.want_error && !got.message.includes(c.want_error)) return { status: 'fail', reason: `want message "${c.want_error}", got ${describeError(got)}` };
    return { status: 'pass' };
  }
  if (c.want_error_code !== undefined || c.want_error !== undefined) {
    return { status: 'fail', reason: `want error ${c.want_error_code ?? ''} ${c.want_error ?? ''}, got ${JSON.stringify(results).slice(0, 200)}` };
  }
  if (!sameResults(results, c.want_result ?? [], c.sort_bindings === true)) {
    return { status: 'fail', reason: `want ${JSON.stringify(c.want_result ?? []).slice(0, 300)}, got ${JSON.stringify(results).slice(0, 300)}` };
  }
  return { status: 'pass' };
}
