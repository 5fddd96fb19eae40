// The runtime's memory and evaluation-support behaviour through its exports: allocation and growth, the
// "opa_malloc: failed" abort under a maximum, heap resets, the memo stack, the evaluation context, data-path
// edits, runtime errors and host calls.
import { AbortError, Runtime } from './harness';

describe('heap', () => {
  test('the heap starts above 64 KiB and opa_runtime_init moves its base', () => {
    const rt = new Runtime();
    const base = rt.exports.opa_heap_ptr_get();
    expect(base).toBeGreaterThanOrEqual(65536);
    expect(base).toBeLessThan(131070);
    rt.exports.opa_runtime_init(base + 1001);
    expect(rt.exports.opa_heap_ptr_get()).toBe(base + 1008);
    expect(rt.exports.opa_malloc(3)).toBe(base + 1008);
  });

  test('allocations are 8-aligned and grow memory on demand', () => {
    const rt = new Runtime({ initial: 2 });
    const a = rt.exports.opa_malloc(5);
    const b = rt.exports.opa_malloc(1);
    expect([a % 8, b - a]).toEqual([0, 8]);
    const big = rt.exports.opa_malloc(5 * 65536);
    expect(rt.memory.buffer.byteLength).toBeGreaterThanOrEqual(big + 5 * 65536);
    new Uint8Array(rt.memory.buffer).fill(1, big, big + 5 * 65536);
  });

  test('growth respects memory the host has grown itself', () => {
    const rt = new Runtime({ initial: 2 });
    const top = rt.exports.opa_heap_ptr_get();
    const pages = Math.ceil((top + 3 * 65536) / 65536);
    rt.memory.grow(pages - rt.memory.buffer.byteLength / 65536);
    const p = rt.exports.opa_malloc(3 * 65536);
    expect(p).toBe(top);
    expect(rt.memory.buffer.byteLength).toBe(pages * 65536);
  });

  test('"opa_malloc: failed" when the memory maximum is reached', () => {
    const rt = new Runtime({ initial: 2, maximum: 3 });
    expect(() => rt.exports.opa_malloc(2 * 65536)).toThrow(new AbortError('opa_malloc: failed'));
  });

  test('a large input parsed under a small maximum aborts in opa_malloc, as the SDK memory test expects', () => {
    const rt = new Runtime({ initial: 3, maximum: 4 });
    // Numbers, as parsed values, need more memory than their text (strings without escapes refer to the text).
    const text = Buffer.from(`[${'1,'.repeat(40000)}1]`);
    // As the SDK's fast path does: the input goes at the heap top, the host growing memory for it first.
    const inputAddr = rt.exports.opa_heap_ptr_get();
    const missing = inputAddr + text.length - rt.memory.buffer.byteLength;
    if (missing > 0) rt.memory.grow(Math.ceil(missing / 65536));
    new Uint8Array(rt.memory.buffer).set(text, inputAddr);
    rt.exports.opa_heap_ptr_set(inputAddr + text.length);
    expect(() => rt.exports.opa_json_parse(inputAddr, text.length)).toThrow(new AbortError('opa_malloc: failed'));
  });

  test('opa_heap_ptr_set discards allocations; repeated evaluations do not leak', () => {
    const rt = new Runtime({ initial: 2, maximum: 8 });
    const base = rt.exports.opa_heap_ptr_get();
    for (let i = 0; i < 16; i++) {
      rt.exports.opa_heap_ptr_set(base);
      const v = rt.parse(JSON.stringify({ items: Array.from({ length: 500 }, (_, k) => ({ k, s: 'x'.repeat(20) })) }));
      expect(v).not.toBe(0);
    }
    rt.exports.opa_heap_ptr_set(base);
    expect(rt.exports.opa_heap_ptr_get()).toBe(base);
    expect(rt.exports.opa_malloc(8)).toBe(base);
  });
});

describe('memo stack', () => {
  test('insert, get, push and pop', () => {
    const rt = new Runtime();
    const e = rt.exports;
    const one = rt.value('1');
    const two = rt.value('2');
    e.opa_memoize_init();
    expect(e.opa_memoize_get(3)).toBe(0);
    e.opa_memoize_insert(3, one);
    e.opa_memoize_insert(1000, two);
    expect([e.opa_memoize_get(3), e.opa_memoize_get(1000), e.opa_memoize_get(4)]).toEqual([one, two, 0]);
    e.opa_memoize_push();
    expect(e.opa_memoize_get(3)).toBe(0);
    e.opa_memoize_insert(3, two);
    expect(e.opa_memoize_get(3)).toBe(two);
    e.opa_memoize_pop();
    expect(e.opa_memoize_get(3)).toBe(one);
    e.opa_memoize_init();
    expect(e.opa_memoize_get(3)).toBe(0);
  });

  test('a heap reset forgets the memo stack', () => {
    const rt = new Runtime();
    const e = rt.exports;
    const base = e.opa_heap_ptr_get();
    e.opa_memoize_init();
    e.opa_memoize_insert(0, rt.value('true'));
    e.opa_heap_ptr_set(base);
    expect(e.opa_memoize_get(0)).toBe(0);
  });
});

describe('evaluation context', () => {
  test('fields at +0 input, +4 data, +8 result, +12 entrypoint', () => {
    const rt = new Runtime();
    const e = rt.exports;
    const ctx = e.opa_eval_ctx_new();
    const view = new DataView(rt.memory.buffer);
    expect([0, 4, 8, 12].map((o) => view.getUint32(ctx + o, true))).toEqual([0, 0, 0, 0]);
    e.opa_eval_ctx_set_input(ctx, 111);
    e.opa_eval_ctx_set_data(ctx, 222);
    e.opa_eval_ctx_set_entrypoint(ctx, 3);
    view.setUint32(ctx + 8, 333, true);
    expect([view.getUint32(ctx, true), view.getUint32(ctx + 4, true), view.getUint32(ctx + 12, true)]).toEqual([111, 222, 3]);
    expect(e.opa_eval_ctx_get_result(ctx)).toBe(333);
  });
});

describe('data paths', () => {
  const rt = new Runtime();
  const e = rt.exports;

  test('opa_value_add_path creates objects along the path and overwrites the leaf', () => {
    const data = rt.value('{"a": {"x": 1}}');
    expect(e.opa_value_add_path(data, rt.value('["a", "b", "c"]'), rt.value('2'))).toBe(0);
    expect(e.opa_value_add_path(data, rt.value('["a", "x"]'), rt.value('3'))).toBe(0);
    expect(JSON.parse(rt.dump(data))).toEqual({ a: { x: 3, b: { c: 2 } } });
    expect(e.opa_value_add_path(data, rt.value('["a", "x", "y"]'), rt.value('3'))).toBe(2);
    expect(e.opa_value_add_path(data, rt.value('[]'), rt.value('3'))).toBe(3);
    expect(e.opa_value_add_path(data, rt.value('"a"'), rt.value('3'))).toBe(3);
    expect(e.opa_value_add_path(data, rt.value('[1, "b"]'), rt.value('3'))).toBe(3);
    expect(e.opa_value_add_path(rt.value('[]'), rt.value('["a"]'), rt.value('3'))).toBe(2);
  });

  test('opa_value_remove_path removes the leaf; a missing path counts as removed', () => {
    const data = rt.value('{"a": {"b": 1, "c": 2}}');
    expect(e.opa_value_remove_path(data, rt.value('["a", "b"]'))).toBe(0);
    expect(rt.dump(data)).toBe('{"a":{"c":2}}');
    expect(e.opa_value_remove_path(data, rt.value('["a", "zz"]'))).toBe(0);
    expect(e.opa_value_remove_path(data, rt.value('["q", "b"]'))).toBe(0);
    expect(e.opa_value_remove_path(data, rt.value('[]'))).toBe(3);
    expect(e.opa_value_length(e.opa_value_get(data, rt.value('"a"')))).toBe(1);
  });
});

describe('errors and host calls', () => {
  const cString = (rt: Runtime, text: string): number => rt.writeBytes(Buffer.from(`${text}\0`))[0];

  test('opa_runtime_error formats file:row:col: msg', () => {
    const rt = new Runtime();
    expect(() => rt.exports.opa_runtime_error(cString(rt, 'module0.rego'), 3, 14, cString(rt, 'var assignment conflict')))
      .toThrow(new AbortError('module0.rego:3:14: var assignment conflict'));
  });

  test('opa_abort_str passes the message through', () => {
    const rt = new Runtime();
    expect(() => rt.exports.opa_abort_str(cString(rt, 'internal: illegal entrypoint id'))).toThrow(new AbortError('internal: illegal entrypoint id'));
  });

  test('opa_builtin_call dispatches by arity and opa_print_string prints', () => {
    const rt = new Runtime();
    rt.exports.opa_builtin_call(7, 2, 10, 20, 0, 0);
    rt.exports.opa_builtin_call(8, 0, 0, 0, 0, 0);
    expect(rt.hostCalls).toEqual([[7, 0, 10, 20], [8, 0]]);
    rt.exports.opa_print_string(rt.string('héllo'));
    expect(rt.printed).toEqual(['héllo']);
  });
});
