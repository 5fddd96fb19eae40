// Runs one policy set's evaluation in a worker thread with a wall-clock timeout and a memory ceiling: a policy
// that loops or explodes is stopped by terminating the thread, and every rule of its set gets an
// eval_cancel_error while the process and the other sets go on.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { packagePath } from '../package-root';
import { evaluatePolicySet, memoryLimitMessage, rulesOf, type SetEvaluation } from './evaluate';
import type { PolicySet } from './policy-set';
import type { EvaluationLimits, WorkerRequest, WorkerResponse } from './worker-protocol';

/** Heap the worker's JavaScript side needs beyond the WebAssembly memory (decoding results, the SDK). */
const WORKER_HEAP_FLOOR_MIB = 64;

/** The compiled worker script: beside this module in dist/, or the built package's when running from sources. */
export function workerScriptPath(): string | undefined {
  const beside = join(__dirname, 'worker-entry.js');
  if (existsSync(beside)) return beside;
  try {
    const built = packagePath('dist', 'engine', 'worker-entry.js');
    return existsSync(built) ? built : undefined;
  } catch {
    return undefined;
  }
}

/** Encodes the input document's JSON text once into memory every worker reads without another copy. */
export function shareInput(json: string): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(Buffer.byteLength(json, 'utf8'));
  Buffer.from(shared).write(json, 'utf8');
  return shared;
}

function failEveryRule(set: PolicySet, message: string, shard?: number): SetEvaluation {
  const errors = new Map<string, Diagnostic>();
  for (const rule of rulesOf(set, shard === undefined ? undefined : set.shards?.[shard])) errors.set(rule.meta.id, diagnostic('eval_cancel_error', message, { file: rule.meta.file ?? set.name }));
  return { outputs: new Map(), errors };
}

function timeoutMessage(ms: number): string {
  const seconds = ms / 1000;
  return `evaluation exceeded the ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s timeout`;
}

/** Evaluates `set` (or its shard number `shard`) over the shared input in a fresh worker; never rejects for anything the policy does. */
export function evaluateInWorker(set: PolicySet, input: SharedArrayBuffer, data: object, limits: EvaluationLimits, script: string, shard?: number): Promise<SetEvaluation> {
  const request: WorkerRequest = { set, input, data, maxMemoryMiB: limits.maxMemoryMiB, ...(shard === undefined ? {} : { shard }) };
  const worker = new Worker(script, {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: Math.max(WORKER_HEAP_FLOOR_MIB, limits.maxMemoryMiB) },
    stdout: false,
    stderr: false,
  });
  return new Promise<SetEvaluation>((resolve) => {
    let settled = false;
    const finish = (evaluation: SetEvaluation): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(evaluation);
    };
    const timer = setTimeout(() => finish(failEveryRule(set, timeoutMessage(limits.timeoutMs), shard)), limits.timeoutMs);
    worker.on('message', (response: WorkerResponse) => finish({ outputs: new Map(response.outputs), errors: new Map(response.errors) }));
    worker.on('error', (err: Error & { code?: string }) => {
      const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|allocation failed/i.test(err.message);
      finish(failEveryRule(set, outOfMemory ? memoryLimitMessage(limits.maxMemoryMiB) : `evaluation failed: ${err.message.split('\n')[0]}`, shard));
    });
    worker.on('exit', (code) => finish(failEveryRule(set, `evaluation stopped unexpectedly (worker exit code ${code})`, shard)));
  });
}

/** Evaluates a set with the limits: in a worker when the compiled worker script exists, in this thread otherwise. */
export async function evaluateWithLimits(set: PolicySet, input: SharedArrayBuffer, data: object, limits: EvaluationLimits): Promise<SetEvaluation> {
  const script = workerScriptPath();
  if (script && set.shards && set.shards.length > 1 && availableParallelism() > 1) {
    // Each shard in its own worker, side by side: each parses the input itself, so this trades memory for time.
    const parts = await Promise.all(set.shards.map((_, shard) => evaluateInWorker(set, input, data, limits, script, shard)));
    return { outputs: new Map(parts.flatMap((part) => [...part.outputs])), errors: new Map(parts.flatMap((part) => [...part.errors])) };
  }
  if (script) return evaluateInWorker(set, input, data, limits, script);
  // Bundled builds without the worker script: the memory ceiling still holds, the timeout cannot.
  return evaluatePolicySet(set, new Uint8Array(input), data, { maximumPages: limits.maxMemoryMiB * 16, maxMemoryMiB: limits.maxMemoryMiB });
}
