// Set operators (`&`, `|`) and union/intersection of a set of sets, native in the runtime
// (src/rego/runtime/assembly/builtins-sets.ts). Set difference is `minus` (numbers.ts).
import type { BuiltinTable } from './types';

const S = ['set'] as const;

/** The set-operator family. */
export const SET_OPERATOR_BUILTINS: BuiltinTable = {
  and: { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_and' }, infix: '&' },
  or: { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_or' }, infix: '|' },
  union: { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_union' } },
  intersection: { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_intersection' } },
};
