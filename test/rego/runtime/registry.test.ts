// Cross-checks build/runtime.wasm against its contracts: every `runtime` built-in in the registry is exported
// with (i32 × arity) → i32, every RUNTIME_FUNCTIONS entry with its declared type, the policy-independent ABI
// exports exist, and the module imports nothing but what @open-policy-agent/opa-wasm provides.
import { readFileSync } from 'node:fs';
import { BUILTINS } from '../../../src/rego/builtins/registry';
import { AGGREGATE_BUILTINS } from '../../../src/rego/builtins/aggregates';
import { DEPRECATED_BUILTINS } from '../../../src/rego/builtins/deprecated';
import { BITS_BUILTINS } from '../../../src/rego/builtins/bits';
import { COMPARISON_BUILTINS } from '../../../src/rego/builtins/comparison';
import { NUMBER_BUILTINS } from '../../../src/rego/builtins/numbers';
import { SET_OPERATOR_BUILTINS } from '../../../src/rego/builtins/set-operators';
import { VALUE_TYPE_BUILTINS } from '../../../src/rego/builtins/value-types';
import { HOST_IMPORTS, RUNTIME_FUNCTIONS } from '../../../src/rego/wasm/runtime-abi';
import { CASES_BY_FAMILY } from './builtin-cases';
import { RUNTIME_WASM, builtinExportName, ensureRuntimeBuilt } from './harness';
import { readModuleShape, type ModuleShape } from './wasm-signatures';

let shape: ModuleShape;
beforeAll(() => {
  ensureRuntimeBuilt();
  shape = readModuleShape(readFileSync(RUNTIME_WASM));
});

const runtimeBuiltins = [...BUILTINS].filter(([, decl]) => decl.impl.kind === 'runtime');

test.each(runtimeBuiltins)('registry built-in %s is exported with (i32 × arity, plus the host id for host fallbacks and helpers) → i32', (_name, decl) => {
  const impl = decl.impl.kind === 'runtime' ? decl.impl : { export: '', hostHelper: undefined };
  const params = [...decl.args.map(() => 'i32'), ...(impl.hostHelper ? ['i32'] : [])];
  expect(shape.exports.get(impl.export)?.signature).toEqual({ params, results: ['i32'] });
});

test.each(Object.entries(RUNTIME_FUNCTIONS))('runtime function %s is exported with its declared type', (name, fn) => {
  expect(shape.exports.get(name)?.signature).toEqual({ params: [...fn.params], results: [...fn.results] });
});

const ABI_FUNCTIONS: [string, string[], string[]][] = [
  ['opa_malloc', ['i32'], ['i32']], ['opa_free', ['i32'], []], ['opa_json_parse', ['i32', 'i32'], ['i32']],
  ['opa_value_parse', ['i32', 'i32'], ['i32']], ['opa_json_dump', ['i32'], ['i32']], ['opa_value_dump', ['i32'], ['i32']],
  ['opa_heap_ptr_get', [], ['i32']], ['opa_heap_ptr_set', ['i32'], []], ['opa_eval_ctx_new', [], ['i32']],
  ['opa_eval_ctx_set_input', ['i32', 'i32'], []], ['opa_eval_ctx_set_data', ['i32', 'i32'], []],
  ['opa_eval_ctx_set_entrypoint', ['i32', 'i32'], []], ['opa_eval_ctx_get_result', ['i32'], ['i32']],
  ['opa_value_add_path', ['i32', 'i32', 'i32'], ['i32']], ['opa_value_remove_path', ['i32', 'i32'], ['i32']],
  ['opa_value_free', ['i32'], []], ['opa_heap_blocks_stash', [], []], ['opa_heap_blocks_restore', [], []],
  ['opa_heap_stash_clear', [], []],
];

test.each(ABI_FUNCTIONS)('ABI export %s has the ABI type', (name, params, results) => {
  expect(shape.exports.get(name)?.signature).toEqual({ params, results });
});

test('ABI globals and memory are exported; policy-specific exports are left to the code generator', () => {
  const kinds = (name: string): number | undefined => shape.exports.get(name)?.kind;
  expect([kinds('opa_wasm_abi_version'), kinds('opa_wasm_abi_minor_version'), kinds('memory')]).toEqual([3, 3, 2]);
  for (const generated of ['eval', 'opa_eval', 'builtins', 'entrypoints', '__heap_base']) expect(shape.exports.has(generated)).toBe(false);
  expect(shape.hasStart).toBe(false);
});

test('imports are exactly memory, opa_abort, opa_println and opa_builtin0..4 from env', () => {
  expect(shape.imports.every((i) => i.module === 'env')).toBe(true);
  expect(shape.imports.map((i) => i.name).sort()).toEqual([...HOST_IMPORTS].sort());
  const sig = (name: string) => shape.imports.find((i) => i.name === name)?.signature;
  expect(sig('opa_abort')).toEqual({ params: ['i32'], results: [] });
  for (let n = 0; n <= 4; n++) {
    expect(sig(`opa_builtin${n}`)).toEqual({ params: Array(n + 2).fill('i32'), results: ['i32'] });
  }
});

test("every built-in of this area's families has test cases, and every case names a declared built-in", () => {
  const declared = [NUMBER_BUILTINS, COMPARISON_BUILTINS, VALUE_TYPE_BUILTINS, AGGREGATE_BUILTINS, BITS_BUILTINS, SET_OPERATOR_BUILTINS, DEPRECATED_BUILTINS]
    .flatMap((table) => Object.keys(table)).sort();
  const tested = [...new Set(CASES_BY_FAMILY.flatMap(([, cases]) => cases.map(([fn]) => fn)))].sort();
  expect(tested).toEqual(declared);
  for (const name of declared) {
    const decl = BUILTINS.get(name);
    expect(decl?.impl).toEqual({ kind: 'runtime', export: builtinExportName(name) });
  }
});
