// Aggregate built-ins over collections (count, sum, product, max, min, sort; the deprecated all and any are in
// deprecated.ts), native in the runtime (src/rego/runtime/assembly/builtins-aggregates.ts).
import type { BuiltinTable } from './types';

/** The aggregates family. */
export const AGGREGATE_BUILTINS: BuiltinTable = {
  count: { args: ['collection: any<string, array[any], object[any: any], set[any]>'], result: 'n: number', impl: { kind: 'runtime', export: 'builtin_count' } },
  sum: { args: ['collection: any<array[number], set[number]>'], result: 'n: number', impl: { kind: 'runtime', export: 'builtin_sum' } },
  product: { args: ['collection: any<array[number], set[number]>'], result: 'n: number', impl: { kind: 'runtime', export: 'builtin_product' } },
  max: { args: ['collection: any<array[any], set[any]>'], result: 'n: any', impl: { kind: 'runtime', export: 'builtin_max' } },
  min: { args: ['collection: any<array[any], set[any]>'], result: 'n: any', impl: { kind: 'runtime', export: 'builtin_min' } },
  sort: { args: ['collection: any<array[any], set[any]>'], result: 'n: array[any]', impl: { kind: 'runtime', export: 'builtin_sort' } },
};
