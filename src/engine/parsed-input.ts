// Evaluates many entrypoints of one loaded module over one input parsed once: the input's JSON is copied into
// the module's memory and parsed there (opa_json_parse), the heap mark after it is kept, and each evaluation
// runs through the ABI's context functions (opa_eval_ctx_*, eval) from that mark. The SDK's evaluate() copies and
// parses the input again for every entrypoint, which costs as much as a small policy and, for a set whose rules
// are evaluated one by one, multiplies the input's memory.
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';

interface AbiExports {
  opa_malloc(size: number): number;
  opa_heap_ptr_get(): number;
  opa_heap_ptr_set(addr: number): void;
  opa_json_parse(addr: number, length: number): number;
  opa_json_dump(value: number): number;
  opa_eval_ctx_new(): number;
  opa_eval_ctx_set_input(ctx: number, value: number): void;
  opa_eval_ctx_set_data(ctx: number, value: number): void;
  opa_eval_ctx_set_entrypoint(ctx: number, entrypoint: number): void;
  opa_eval_ctx_get_result(ctx: number): number;
  eval(ctx: number): number;
}

/** The parts of the SDK's LoadedPolicy this driver uses (public fields of the SDK's class). */
interface PolicyInternals {
  wasmInstance: { exports: AbiExports };
  mem: { buffer: ArrayBuffer };
  dataAddr: number;
  dataHeapPtr: number;
  entrypoints: Record<string, number>;
}

/** One module and one input, parsed once; evaluate() may be called for any number of entrypoints. */
export class ParsedInput {
  private readonly policy: PolicyInternals;
  private readonly abi: AbiExports;
  private readonly input: number;
  private readonly heapMark: number;

  /** Copies `json` (the input document's JSON bytes) into the module and parses it; throws when it is not JSON. */
  constructor(policy: LoadedPolicy, json: Uint8Array) {
    this.policy = policy as unknown as PolicyInternals;
    this.abi = this.policy.wasmInstance.exports;
    this.abi.opa_heap_ptr_set(this.policy.dataHeapPtr);
    const addr = this.abi.opa_malloc(json.byteLength);
    new Uint8Array(this.policy.mem.buffer, addr, json.byteLength).set(json);
    this.input = this.abi.opa_json_parse(addr, json.byteLength);
    if (this.input === 0) throw new Error('the input document is not valid JSON');
    this.heapMark = this.abi.opa_heap_ptr_get();
  }

  /** The value of `entrypoint` (the `result` of its first result set entry), or undefined. */
  evaluate(entrypoint: string): unknown {
    const id = this.policy.entrypoints[entrypoint];
    if (id === undefined) throw new Error(`entrypoint ${entrypoint} is not in the module`);
    this.abi.opa_heap_ptr_set(this.heapMark);
    const ctx = this.abi.opa_eval_ctx_new();
    this.abi.opa_eval_ctx_set_input(ctx, this.input);
    this.abi.opa_eval_ctx_set_data(ctx, this.policy.dataAddr);
    this.abi.opa_eval_ctx_set_entrypoint(ctx, id);
    this.abi.eval(ctx);
    const results = this.readJson(this.abi.opa_json_dump(this.abi.opa_eval_ctx_get_result(ctx))) as { result?: unknown }[];
    return results[0]?.result;
  }

  // The NUL-terminated JSON text at `addr`, decoded and parsed (native search and decoding: results run to MBs).
  private readJson(addr: number): unknown {
    const memory = new Uint8Array(this.policy.mem.buffer);
    const end = memory.indexOf(0, addr);
    return JSON.parse(Buffer.from(memory.buffer, addr, (end < 0 ? memory.length : end) - addr).toString('utf8'));
  }
}
