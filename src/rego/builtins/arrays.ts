// Array built-ins, native in the runtime (src/rego/runtime/assembly/builtins-arrays.ts).
import type { BuiltinTable } from './types';

const A = ['array'] as const;
const N = ['number'] as const;

/** The array family. */
export const ARRAY_BUILTINS: BuiltinTable = {
  'array.concat': { args: [A, A], result: A, impl: { kind: 'runtime', export: 'builtin_array__concat' } },
  'array.slice': { args: [A, N, N], result: A, impl: { kind: 'runtime', export: 'builtin_array__slice' } },
  'array.flatten': { args: [A], result: A, impl: { kind: 'runtime', export: 'builtin_array__flatten' } },
  'array.reverse': { args: [A], result: A, impl: { kind: 'runtime', export: 'builtin_array__reverse' } },
};
