// Set operators (`&`, `|`) and union/intersection of a set of sets, native in the runtime
// (src/rego/runtime/assembly/builtins-sets.ts). Set difference is `minus` (numbers.ts).
import type { BuiltinTable } from './types';

/** The set-operator family. */
export const SET_OPERATOR_BUILTINS: BuiltinTable = {
  and: { args: ['x: set[any]', 'y: set[any]'], result: 'z: set[any]', impl: { kind: 'runtime', export: 'builtin_and' }, infix: '&' },
  or: { args: ['x: set[any]', 'y: set[any]'], result: 'z: set[any]', impl: { kind: 'runtime', export: 'builtin_or' }, infix: '|' },
  union: { args: ['xs: set[set[any]]'], result: 'y: set[any]', impl: { kind: 'runtime', export: 'builtin_union' } },
  intersection: { args: ['xs: set[set[any]]'], result: 'y: set[any]', impl: { kind: 'runtime', export: 'builtin_intersection' } },
};
