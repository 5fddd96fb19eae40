// Runs one policy set's evaluation in worker threads with a wall-clock timeout and a memory ceiling: a policy
// that loops or explodes is stopped by terminating the thread, and every rule of its set gets an
// eval_cancel_error while the process and the other sets go on. Workers start before the inputs are read, so
// loading the modules overlaps reading.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../package-root';
import { evaluateLoaded, evaluationDiagnostic, failRules, loadSet, memoryLimitMessage, type EmbedderBuiltins, type SetEvaluation } from './evaluate';
import type { PolicySet } from './policy-set';
import type { EvaluationLimits, WorkerInput, WorkerRequest, WorkerResponse } from './worker-protocol';

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

function failEveryRule(set: PolicySet, message: string, shard?: number): SetEvaluation {
  return failRules(set, shard === undefined ? undefined : set.shards?.[shard], 'eval_cancel_error', message);
}

function timeoutMessage(ms: number): string {
  const seconds = ms / 1000;
  return `evaluation exceeded the ${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s timeout`;
}

/** An evaluation started before its input exists: the workers load the policies while the inputs are read. */
export interface PendingEvaluation {
  /** Hands the input to the evaluation; resolves when every rule has an output or an error. Never rejects. */
  run(input: SharedArrayBuffer): Promise<SetEvaluation>;
  /** Stops the evaluation (when the run ends before it has an input). */
  cancel(): void;
}

/** Starts a worker for `set` (or its shard number `shard`); the timeout counts from the moment the input is handed over. */
function startWorker(set: PolicySet, data: object, limits: EvaluationLimits, script: string, shard?: number): PendingEvaluation {
  const request: WorkerRequest = { set, data, maxMemoryMiB: limits.maxMemoryMiB, ...(shard === undefined ? {} : { shard }) };
  const worker = new Worker(script, {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: Math.max(WORKER_HEAP_FLOOR_MIB, limits.maxMemoryMiB) },
    stdout: false,
    stderr: false,
  });
  let timer: NodeJS.Timeout | undefined;
  let finish: (evaluation: SetEvaluation) => void = () => {};
  const done = new Promise<SetEvaluation>((resolve) => {
    let settled = false;
    finish = (evaluation) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(evaluation);
    };
  });
  worker.on('message', (response: WorkerResponse) => finish({ outputs: new Map(response.outputs), errors: new Map(response.errors) }));
  worker.on('error', (err: Error & { code?: string }) => {
    const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|allocation failed/i.test(err.message);
    finish(failEveryRule(set, outOfMemory ? memoryLimitMessage(limits.maxMemoryMiB) : `evaluation failed: ${err.message.split('\n')[0]}`, shard));
  });
  worker.on('exit', (code) => finish(failEveryRule(set, `evaluation stopped unexpectedly (worker exit code ${code})`, shard)));
  return {
    run: (input) => {
      timer = setTimeout(() => finish(failEveryRule(set, timeoutMessage(limits.timeoutMs), shard)), limits.timeoutMs);
      const message: WorkerInput = { input };
      worker.postMessage(message);
      return done;
    },
    cancel: () => finish({ outputs: new Map(), errors: new Map() }),
  };
}

function merged(parts: SetEvaluation[]): SetEvaluation {
  return { outputs: new Map(parts.flatMap((part) => [...part.outputs])), errors: new Map(parts.flatMap((part) => [...part.errors])) };
}

/**
 * Where a set is evaluated. `workers`: worker threads, where a timeout can stop a runaway policy and shards run
 * side by side. `thread`: this thread, which saves starting a worker (most of a small run's time); only for sets
 * whose evaluation is bounded without a timeout (the built-in library over a small input), and for sets that may
 * call the embedding program's built-ins (its functions cannot cross into a worker).
 */
export type EvaluationPlace = 'workers' | 'thread';

/**
 * Starts evaluating a set with the limits, in workers when the compiled worker script exists, else in this thread;
 * `embedder` (in this thread only) supplies the embedding program's built-ins.
 */
export function startEvaluation(set: PolicySet, data: object, limits: EvaluationLimits, place: EvaluationPlace = 'workers', embedder?: EmbedderBuiltins): PendingEvaluation {
  const script = place === 'workers' && !embedder ? workerScriptPath() : undefined;
  if (script) {
    // Each shard in its own worker, side by side: each parses the input itself, so this trades memory for time.
    const shards = set.shards && set.shards.length > 1 && availableParallelism() > 1 ? set.shards.map((_, shard) => shard) : [undefined];
    const workers = shards.map((shard) => startWorker(set, data, limits, script, shard));
    return {
      run: async (input) => merged(await Promise.all(workers.map((worker) => worker.run(input)))),
      cancel: () => workers.forEach((worker) => worker.cancel()),
    };
  }
  // In this thread the memory ceiling holds and the timeout cannot. The module compiles while the inputs are read.
  const memory = { maximumPages: limits.maxMemoryMiB * 16, maxMemoryMiB: limits.maxMemoryMiB };
  const loading = loadSet(set, data, memory, embedder).then(
    (loaded) => ({ loaded }),
    (err: unknown) => ({ failed: evaluationDiagnostic(err, set.name, limits.maxMemoryMiB) }),
  );
  return {
    run: async (input) => {
      const outcome = await loading;
      if ('failed' in outcome) return failRules(set, undefined, outcome.failed.code, outcome.failed.message);
      return evaluateLoaded(outcome.loaded, new Uint8Array(input));
    },
    cancel: () => {},
  };
}
