// String built-ins, native in the runtime (src/rego/runtime/assembly/builtins-strings.ts): positions and lengths
// in code points, Go's trimming, splitting and replacement semantics. (format_int is in numbers.ts; sprintf runs
// on the host.)
import type { BuiltinTable, TypeSpec } from './types';

const S = ['string'] as const;
const B = ['boolean'] as const;
const N = ['number'] as const;
const STRINGS: TypeSpec = ['string', 'array', 'set'];

/** The string family. */
export const STRING_BUILTINS: BuiltinTable = {
  concat: { args: [S, ['array', 'set']], result: S, impl: { kind: 'runtime', export: 'builtin_concat' } },
  contains: { args: [S, S], result: B, impl: { kind: 'runtime', export: 'builtin_contains' } },
  startswith: { args: [S, S], result: B, impl: { kind: 'runtime', export: 'builtin_startswith' } },
  endswith: { args: [S, S], result: B, impl: { kind: 'runtime', export: 'builtin_endswith' } },
  indexof: { args: [S, S], result: N, impl: { kind: 'runtime', export: 'builtin_indexof' } },
  indexof_n: { args: [S, S], result: ['array'], impl: { kind: 'runtime', export: 'builtin_indexof_n' } },
  substring: { args: [S, N, N], result: S, impl: { kind: 'runtime', export: 'builtin_substring' } },
  lower: { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_lower' } },
  upper: { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_upper' } },
  split: { args: [S, S], result: ['array'], impl: { kind: 'runtime', export: 'builtin_split' } },
  'strings.split_n': { args: [S, S, N], result: ['array'], impl: { kind: 'runtime', export: 'builtin_strings__split_n' } },
  replace: { args: [S, S, S], result: S, impl: { kind: 'runtime', export: 'builtin_replace' } },
  'strings.replace_n': { args: [['object'], S], result: S, impl: { kind: 'runtime', export: 'builtin_strings__replace_n' } },
  trim: { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_trim' } },
  trim_left: { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_trim_left' } },
  trim_right: { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_trim_right' } },
  trim_prefix: { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_trim_prefix' } },
  trim_suffix: { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_trim_suffix' } },
  trim_space: { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_trim_space' } },
  'strings.reverse': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_strings__reverse' } },
  'strings.count': { args: [S, S], result: N, impl: { kind: 'runtime', export: 'builtin_strings__count' } },
  'strings.any_prefix_match': { args: [STRINGS, STRINGS], result: B, impl: { kind: 'runtime', export: 'builtin_strings__any_prefix_match' } },
  'strings.any_suffix_match': { args: [STRINGS, STRINGS], result: B, impl: { kind: 'runtime', export: 'builtin_strings__any_suffix_match' } },
};
