// The runtime module for back-end tests: build/runtime.wasm when `npm run build` has produced it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of the built runtime module. */
export const RUNTIME_WASM_PATH = join(__dirname, '..', '..', 'build', 'runtime.wasm');

/** The built runtime's bytes, or undefined when it has not been built. */
export function builtRuntime(): Uint8Array<ArrayBuffer> | undefined {
  return existsSync(RUNTIME_WASM_PATH) ? new Uint8Array(readFileSync(RUNTIME_WASM_PATH)) : undefined;
}
