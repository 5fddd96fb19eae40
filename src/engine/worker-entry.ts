// Entry of the worker thread that evaluates one policy set; the engine terminates the thread when the set runs
// past its timeout, which is the only way to stop WebAssembly that is still running.
import { parentPort, workerData } from 'node:worker_threads';
import { evaluatePolicySet } from './evaluate';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

async function run(request: WorkerRequest): Promise<void> {
  const input = new Uint8Array(request.input);
  const shard = request.shard === undefined ? undefined : request.set.shards?.[request.shard];
  const evaluation = await evaluatePolicySet(request.set, input, request.data, { maximumPages: request.maxMemoryMiB * 16, maxMemoryMiB: request.maxMemoryMiB }, shard);
  const response: WorkerResponse = { outputs: [...evaluation.outputs], errors: [...evaluation.errors] };
  parentPort?.postMessage(response);
}

void run(workerData as WorkerRequest);
