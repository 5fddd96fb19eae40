// Entry of the worker thread that evaluates one policy set (or one shard of it): the module is loaded as soon as
// the thread starts, the evaluation runs when the input arrives. The engine terminates the thread when the set
// runs past its timeout, which is the only way to stop WebAssembly that is still running.
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateLoaded, loadSet } from './evaluate';
import type { WorkerInput, WorkerRequest, WorkerResponse } from './worker-protocol';

const request = workerData as WorkerRequest;
const loading = loadSet(request.set, request.data, { maximumPages: request.maxMemoryMiB * 16, maxMemoryMiB: request.maxMemoryMiB });

parentPort?.once('message', (message: WorkerInput) => {
  void loading.then((loaded) => {
    const shard = request.shard === undefined ? undefined : request.set.shards?.[request.shard];
    const evaluation = evaluateLoaded(loaded, new Uint8Array(message.input), shard);
    const response: WorkerResponse = { outputs: [...evaluation.outputs], errors: [...evaluation.errors] };
    parentPort?.postMessage(response);
  });
});
