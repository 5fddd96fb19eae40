// Object built-ins, native in the runtime (src/rego/runtime/assembly/builtins-objects.ts): lookups with
// defaults and paths, key selection, deep union and the subset relation.
import type { BuiltinTable } from './types';

/** The object family. */
export const OBJECT_BUILTINS: BuiltinTable = {
  'object.get': { args: ['object: object[any: any]', 'key: any', 'default: any'], result: 'value: any', impl: { kind: 'runtime', export: 'builtin_object__get' } },
  'object.keys': { args: ['object: object[any: any]'], result: 'value: set[any]', impl: { kind: 'runtime', export: 'builtin_object__keys' } },
  'object.remove': { args: ['object: object[any: any]', 'keys: any<array[any], object[any: any], set[any]>'], result: 'output: any', impl: { kind: 'runtime', export: 'builtin_object__remove' } },
  'object.filter': { args: ['object: object[any: any]', 'keys: any<array[any], object[any: any], set[any]>'], result: 'filtered: any', impl: { kind: 'runtime', export: 'builtin_object__filter' } },
  'object.union': { args: ['a: object[any: any]', 'b: object[any: any]'], result: 'output: any', impl: { kind: 'runtime', export: 'builtin_object__union' } },
  'object.union_n': { args: ['objects: array[object[any: any]]'], result: 'output: any', impl: { kind: 'runtime', export: 'builtin_object__union_n' } },
  'object.subset': { args: ['super: any<array[any], object[any: any], set[any]>', 'sub: any<array[any], object[any: any], set[any]>'], result: 'result: any', impl: { kind: 'runtime', export: 'builtin_object__subset' } },
};
