// Public surface of the Wasm back end: link a planned Policy into the prebuilt runtime module, plus the
// module reader/printer for tools and tests. compileRego (the lead's pipeline) calls emitPolicyModule.
import { readFileSync } from 'node:fs';
import { diagnostic, PlangateError } from '../../diagnostics';
import type { Policy } from '../ir/types';
import { generateModule, type CodegenTimings } from './codegen/codegen';
import type { CodegenOptions } from './codegen/context';
import { readModule, type WasmModule } from './encoder/module';
import { packagePath } from '../../package-root';

export { printModule } from './print';
export { readModule, writeModule } from './encoder/module';
export type { WasmModule } from './encoder/module';
export type { CodegenStageName, CodegenTimings } from './codegen/codegen';
export { runtimeBuiltinExport } from './codegen/builtins';

/** Options of emitPolicyModule. */
export interface EmitOptions extends CodegenOptions {
  /** The runtime module (bytes or parsed); defaults to build/runtime.wasm of this package. */
  runtime?: Uint8Array | WasmModule;
  /** Receives per-stage timings in milliseconds. */
  timings?: CodegenTimings;
}

/** Where `npm run build` writes the runtime (same relative path from src/ and dist/). */
export function defaultRuntimePath(): string {
  return packagePath('build', 'runtime.wasm');
}

const parsedRuntimes = new WeakMap<Uint8Array, WasmModule>();
let defaultRuntime: WasmModule | undefined;

/** Parses a runtime module once per byte array. */
export function loadRuntimeModule(bytes?: Uint8Array): WasmModule {
  if (!bytes) {
    if (!defaultRuntime) {
      try {
        defaultRuntime = readModule(readFileSync(defaultRuntimePath()));
      } catch (e) {
        throw new PlangateError(diagnostic('internal_error', `cannot read the runtime module ${defaultRuntimePath()} (run npm run build): ${(e as Error).message}`));
      }
    }
    return defaultRuntime;
  }
  let parsed = parsedRuntimes.get(bytes);
  if (!parsed) {
    parsed = readModule(bytes);
    parsedRuntimes.set(bytes, parsed);
  }
  return parsed;
}

/** Compiles a planned policy to a module honouring OPA's Wasm ABI; throws PlangateError on failure. */
export function emitPolicyModule(policy: Policy, opts: EmitOptions = {}): Uint8Array<ArrayBuffer> {
  const runtime = opts.runtime instanceof Uint8Array || opts.runtime === undefined ? loadRuntimeModule(opts.runtime) : opts.runtime;
  try {
    return generateModule(policy, runtime, opts, opts.timings);
  } catch (e) {
    if (e instanceof PlangateError) throw e;
    throw new PlangateError(diagnostic('internal_error', `wasm code generation failed: ${(e as Error).message}`));
  }
}
