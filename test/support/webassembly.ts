// Node's global WebAssembly API, typed: the project's lib (ES2022, no DOM) declares no WebAssembly types.

/** The parts of the WebAssembly global the back-end tests use. */
export interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
}

/** Node's WebAssembly global. */
export const wasmApi = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** Exports of an instance, as the SDK's LoadedPolicy.wasmInstance holds them. */
export function instanceExports(instance: unknown): Record<string, (...args: number[]) => number> {
  return (instance as { exports: Record<string, (...args: number[]) => number> }).exports;
}
