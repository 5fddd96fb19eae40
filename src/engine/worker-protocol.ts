// Messages between the engine and the worker thread that evaluates one policy set: plain structured-clone data,
// the input document shared (not copied) through a SharedArrayBuffer and sent once the inputs are read.
import type { Diagnostic } from '../diagnostics';
import type { PolicySet } from './policy-set';
import type { RuleOutput } from './results';

/** Bounds of one policy set's evaluation. */
export interface EvaluationLimits {
  /** Wall-clock time for the whole set, in milliseconds. */
  timeoutMs: number;
  /** WebAssembly memory maximum (and the worker's JavaScript heap bound), in MiB. */
  maxMemoryMiB: number;
}

/** The CLI's defaults: `--timeout 60`, `--max-memory 1024`. */
export const DEFAULT_LIMITS: EvaluationLimits = { timeoutMs: 60_000, maxMemoryMiB: 1024 };

/** What the worker receives as workerData: everything but the input, so it loads the module while the inputs are read. */
export interface WorkerRequest {
  set: PolicySet;
  data: object;
  maxMemoryMiB: number;
  /** Index of the shard of the set this worker evaluates; the whole set without one. */
  shard?: number;
}

/** The message that starts the evaluation: the input document's JSON bytes. */
export interface WorkerInput {
  input: SharedArrayBuffer;
}

/** What the worker posts back once: every rule's output or error. */
export interface WorkerResponse {
  outputs: [string, RuleOutput][];
  errors: [string, Diagnostic][];
}
