// The built-ins a compiled module (a .wasm file or a bundle's policy.wasm, compiled anywhere) can call: OPA's Wasm
// ABI has the module export `builtins()`, a JSON object of built-in name -> id, and opa-wasm resolves every host
// call through that table alone, so it lists every built-in the module can reach.
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';

/** What opa-wasm's LoadedPolicy holds at run time beyond its declared type. */
interface PolicyInternals {
  wasmInstance: { exports: unknown };
  mem: { buffer: ArrayBuffer };
}

interface AbiExports {
  builtins(): number;
  opa_json_dump(address: number): number;
}

/** Names of the built-ins `policy`'s module declares. */
export function declaredBuiltins(policy: LoadedPolicy): string[] {
  const { wasmInstance, mem } = policy as unknown as PolicyInternals;
  const exports = wasmInstance.exports as AbiExports;
  const text = exports.opa_json_dump(exports.builtins());
  const bytes = new Uint8Array(mem.buffer);
  const end = bytes.indexOf(0, text);
  const table = JSON.parse(Buffer.from(bytes.subarray(text, end)).toString('utf8')) as Record<string, number>;
  return Object.keys(table);
}
