// The ABI entry points generated per policy (wasm-abi.md 1.8/1.9): eval(ctx), opa_eval(...), builtins()
// and entrypoints(). The last two parse JSON kept in the data segment, so they cost no code per name.
import type { CodegenContext } from './context';
import { hostBuiltinsJson } from './builtins';
import { FunctionEmitter } from './function-emitter';

/** Byte offsets in the 16-byte evaluation context. */
const CTX = { input: 0, data: 4, result: 8, entrypoint: 12 } as const;
/** Memarg alignment exponent of an i32 access. */
const I32_ALIGN = 2;

function abort(fx: FunctionEmitter, cx: CodegenContext, message: string): void {
  fx.emit('i32.const', cx.linker.data.cstring(message).addr);
  fx.emit('call', cx.linker.hostImport('opa_abort'));
  fx.emit('unreachable');
}

/** `eval(ctx) -> 0`: memo init, input/data from ctx, fresh result set at ctx+8, dispatch on the entrypoint id. */
export function emitEval(cx: CodegenContext): number {
  const index = cx.linker.declareFunction('eval', 1, 1);
  const fx = new FunctionEmitter([], 1);
  const [input, data, rs, ep] = [fx.temp(), fx.temp(), fx.temp(), fx.temp()];
  fx.emit('call', cx.rt('opa_memoize_init'));
  if (cx.options.strictBuiltinErrors) {
    fx.emit('i32.const', 1);
    fx.emit('call', cx.rt('opa_strict_builtin_errors'));
  }
  for (const [local, offset] of [[input, CTX.input], [data, CTX.data], [ep, CTX.entrypoint]]) {
    fx.emit('local.get', 0);
    fx.emit('i32.load', I32_ALIGN, offset);
    fx.emit('local.set', local);
  }
  fx.emit('call', cx.rt('opa_set'));
  fx.emit('local.set', rs);
  fx.emit('local.get', 0);
  fx.emit('local.get', rs);
  fx.emit('i32.store', I32_ALIGN, CTX.result);
  cx.plans.forEach((planIndex, id) => {
    fx.emit('local.get', ep);
    fx.emit('i32.const', id);
    fx.emit('i32.eq');
    fx.open('if');
    fx.emit('local.get', input);
    fx.emit('local.get', data);
    fx.emit('local.get', rs);
    fx.emit('call', planIndex);
    fx.emit('i32.const', 0);
    fx.emit('return');
    fx.close();
  });
  abort(fx, cx, 'internal: illegal entrypoint id');
  cx.linker.defineFunction(index, fx.extraLocals, fx.instrs);
  return index;
}

/** `opa_eval(reserved, entrypoint, data, input, inputLen, heap, format) -> address of the result text`. */
export function emitOpaEval(cx: CodegenContext, evalIndex: number): number {
  const index = cx.linker.declareFunction('opa_eval', 7, 1);
  const fx = new FunctionEmitter([], 7);
  const [reserved, entrypoint, data, inputAddr, inputLen, heap, format] = [0, 1, 2, 3, 4, 5, 6];
  const [input, ctx, rs] = [fx.temp(), fx.temp(), fx.temp()];
  fx.emit('local.get', reserved);
  fx.open('if');
  abort(fx, cx, 'invalid reserved argument');
  fx.close();
  fx.emit('local.get', heap);
  fx.emit('call', cx.rt('opa_heap_ptr_set'));
  // No input bytes: input stays undefined (0).
  fx.emit('local.get', inputLen);
  fx.open('if');
  fx.emit('local.get', inputAddr);
  fx.emit('local.get', inputLen);
  fx.emit('call', cx.rt('opa_value_parse'));
  fx.emit('local.set', input);
  fx.close();
  fx.emit('call', cx.rt('opa_eval_ctx_new'));
  fx.emit('local.set', ctx);
  for (const [local, offset] of [[input, CTX.input], [data, CTX.data], [entrypoint, CTX.entrypoint]]) {
    fx.emit('local.get', ctx);
    fx.emit('local.get', local);
    fx.emit('i32.store', I32_ALIGN, offset);
  }
  fx.emit('local.get', ctx);
  fx.emit('call', evalIndex);
  fx.open('if');
  abort(fx, cx, 'eval failed');
  fx.close();
  fx.emit('local.get', ctx);
  fx.emit('i32.load', I32_ALIGN, CTX.result);
  fx.emit('local.set', rs);
  fx.emit('local.get', format);
  fx.open('if');
  fx.emit('local.get', rs);
  fx.emit('call', cx.rt('opa_value_dump'));
  fx.emit('return');
  fx.close();
  fx.emit('local.get', rs);
  fx.emit('call', cx.rt('opa_json_dump'));
  cx.linker.defineFunction(index, fx.extraLocals, fx.instrs);
  return index;
}

function emitJsonConstant(cx: CodegenContext, name: string, json: string): number {
  const index = cx.linker.declareFunction(name, 0, 1);
  const text = cx.linker.data.blob(json);
  const fx = new FunctionEmitter([]);
  fx.emit('i32.const', text.addr);
  fx.emit('i32.const', text.length);
  fx.emit('call', cx.rt('opa_json_parse'));
  cx.linker.defineFunction(index, fx.extraLocals, fx.instrs);
  return index;
}

/** `builtins() -> {name: id}` of the host-dispatched built-ins. */
export function emitBuiltinsFunction(cx: CodegenContext): number {
  return emitJsonConstant(cx, 'builtins', hostBuiltinsJson(cx));
}

/** `entrypoints() -> {name: id}`, ids being plan positions. */
export function emitEntrypointsFunction(cx: CodegenContext): number {
  const map: Record<string, number> = {};
  cx.policy.plans.forEach((p, i) => { map[p.name] = i; });
  return emitJsonConstant(cx, 'entrypoints', JSON.stringify(map));
}
