// Comparison built-ins over the Rego total order, and membership (`in`), native in the runtime
// (src/rego/runtime/assembly/builtins-comparison.ts).
import type { BuiltinTable } from './types';

/** The comparison family. */
export const COMPARISON_BUILTINS: BuiltinTable = {
  equal: { args: ['x: any', 'y: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_equal' }, infix: '==' },
  neq: { args: ['x: any', 'y: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_neq' }, infix: '!=' },
  lt: { args: ['x: any', 'y: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_lt' }, infix: '<' },
  lte: { args: ['x: any', 'y: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_lte' }, infix: '<=' },
  gt: { args: ['x: any', 'y: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_gt' }, infix: '>' },
  gte: { args: ['x: any', 'y: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_gte' }, infix: '>=' },
  // `x in xs` and `k, v in xs` (OPA spells both with the infix `in`; the arity tells them apart).
  'internal.member_2': { args: ['any', 'any'], result: 'boolean', impl: { kind: 'runtime', export: 'builtin_internal__member_2' }, infix: 'in' },
  'internal.member_3': { args: ['any', 'any', 'any'], result: 'boolean', impl: { kind: 'runtime', export: 'builtin_internal__member_3' }, infix: 'in' },
};
