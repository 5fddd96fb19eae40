// Object built-ins, native in the runtime (src/rego/runtime/assembly/builtins-objects.ts): lookups with
// defaults and paths, key selection, deep union and the subset relation.
import type { BuiltinTable, TypeSpec } from './types';

const O = ['object'] as const;
const KEYS: TypeSpec = ['array', 'object', 'set'];
const COLLECTION: TypeSpec = ['array', 'object', 'set'];

/** The object family. */
export const OBJECT_BUILTINS: BuiltinTable = {
  'object.get': { args: [O, 'any', 'any'], result: 'any', impl: { kind: 'runtime', export: 'builtin_object__get' } },
  'object.keys': { args: [O], result: ['set'], impl: { kind: 'runtime', export: 'builtin_object__keys' } },
  'object.remove': { args: [O, KEYS], result: O, impl: { kind: 'runtime', export: 'builtin_object__remove' } },
  'object.filter': { args: [O, KEYS], result: O, impl: { kind: 'runtime', export: 'builtin_object__filter' } },
  'object.union': { args: [O, O], result: O, impl: { kind: 'runtime', export: 'builtin_object__union' } },
  'object.union_n': { args: [['array']], result: O, impl: { kind: 'runtime', export: 'builtin_object__union_n' } },
  'object.subset': { args: [COLLECTION, COLLECTION], result: ['boolean'], impl: { kind: 'runtime', export: 'builtin_object__subset' } },
};
