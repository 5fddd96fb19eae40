// Array built-ins, native in the runtime (src/rego/runtime/assembly/builtins-arrays.ts).
import type { BuiltinTable } from './types';

/** The array family. */
export const ARRAY_BUILTINS: BuiltinTable = {
  'array.concat': { args: ['x: array[any]', 'y: array[any]'], result: 'z: array[any]', impl: { kind: 'runtime', export: 'builtin_array__concat' } },
  'array.slice': { args: ['arr: array[any]', 'start: number', 'stop: number'], result: 'slice: array[any]', impl: { kind: 'runtime', export: 'builtin_array__slice' } },
  'array.flatten': { args: ['arr: array[any]'], result: 'output: array[any]', impl: { kind: 'runtime', export: 'builtin_array__flatten' } },
  'array.reverse': { args: ['arr: array[any]'], result: 'rev: array[any]', impl: { kind: 'runtime', export: 'builtin_array__reverse' } },
};
