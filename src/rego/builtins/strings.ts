// String built-ins, native in the runtime (src/rego/runtime/assembly/builtins-strings.ts): positions and lengths
// in code points, Go's trimming, splitting and replacement semantics. (format_int is in numbers.ts.) sprintf
// follows Go's fmt as OPA calls it (builtins-sprintf.ts).
import type { BuiltinTable } from './types';

/** The string family. */
export const STRING_BUILTINS: BuiltinTable = {
  concat: { args: ['delimiter: string', 'collection: any<array[string], set[string]>'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_concat' } },
  contains: { args: ['haystack: string', 'needle: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_contains' } },
  startswith: { args: ['search: string', 'base: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_startswith' } },
  endswith: { args: ['search: string', 'base: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_endswith' } },
  indexof: { args: ['haystack: string', 'needle: string'], result: 'output: number', impl: { kind: 'runtime', export: 'builtin_indexof' } },
  indexof_n: { args: ['haystack: string', 'needle: string'], result: 'output: array[number]', impl: { kind: 'runtime', export: 'builtin_indexof_n' } },
  substring: { args: ['value: string', 'offset: number', 'length: number'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_substring' } },
  lower: { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_lower' } },
  upper: { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_upper' } },
  split: { args: ['x: string', 'delimiter: string'], result: 'ys: array[string]', impl: { kind: 'runtime', export: 'builtin_split' } },
  'strings.split_n': { args: ['x: string', 'delimiter: string', 'n: number'], result: 'ys: array[string]', impl: { kind: 'runtime', export: 'builtin_strings__split_n' } },
  replace: { args: ['x: string', 'old: string', 'new: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_replace' } },
  'strings.replace_n': { args: ['patterns: object[string: string]', 'value: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_strings__replace_n' } },
  trim: { args: ['value: string', 'cutset: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_trim' } },
  trim_left: { args: ['value: string', 'cutset: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_trim_left' } },
  trim_right: { args: ['value: string', 'cutset: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_trim_right' } },
  trim_prefix: { args: ['value: string', 'prefix: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_trim_prefix' } },
  trim_suffix: { args: ['value: string', 'suffix: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_trim_suffix' } },
  trim_space: { args: ['value: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_trim_space' } },
  'strings.reverse': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_strings__reverse' } },
  'strings.count': { args: ['search: string', 'substring: string'], result: 'output: number', impl: { kind: 'runtime', export: 'builtin_strings__count' } },
  'strings.any_prefix_match': { args: ['search: any<string, array[string], set[string]>', 'base: any<string, array[string], set[string]>'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_strings__any_prefix_match' } },
  sprintf: { args: ['format: string', 'values: array[any]'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_sprintf' } },
  'strings.any_suffix_match': { args: ['search: any<string, array[string], set[string]>', 'base: any<string, array[string], set[string]>'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_strings__any_suffix_match' } },
};
