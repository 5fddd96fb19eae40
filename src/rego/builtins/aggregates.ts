// Aggregate built-ins over collections (count, sum, product, max, min, sort; the deprecated all and any are in
// deprecated.ts), native in the runtime
// (src/rego/runtime/assembly/builtins-aggregates.ts).
import type { BuiltinTable } from './types';

const COLL = ['array', 'set'] as const;

/** The aggregates family. */
export const AGGREGATE_BUILTINS: BuiltinTable = {
  count: { args: [['array', 'object', 'set', 'string']], result: ['number'], impl: { kind: 'runtime', export: 'builtin_count' } },
  sum: { args: [COLL], result: ['number'], impl: { kind: 'runtime', export: 'builtin_sum' } },
  product: { args: [COLL], result: ['number'], impl: { kind: 'runtime', export: 'builtin_product' } },
  max: { args: [COLL], result: 'any', impl: { kind: 'runtime', export: 'builtin_max' } },
  min: { args: [COLL], result: 'any', impl: { kind: 'runtime', export: 'builtin_min' } },
  sort: { args: [COLL], result: ['array'], impl: { kind: 'runtime', export: 'builtin_sort' } },
};
