// Regex built-ins, native in the runtime's RE2-syntax engine (src/rego/runtime/assembly/builtins-regex.ts) and
// glob intersection (builtins-regex-globs.ts).
// regex.split runs on the host (host.ts). The deprecated re_match (v0 only) is declared in deprecated.ts.
import type { BuiltinTable } from './types';

/** The regex family. */
export const REGEX_BUILTINS: BuiltinTable = {
  'regex.match': { args: ['pattern: string', 'value: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_regex__match' } },
  'regex.is_valid': { args: ['pattern: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_regex__is_valid' } },
  'regex.find_n': { args: ['pattern: string', 'value: string', 'number: number'], result: 'output: array[string]', impl: { kind: 'runtime', export: 'builtin_regex__find_n' } },
  'regex.find_all_string_submatch_n': {
    args: ['pattern: string', 'value: string', 'number: number'], result: 'output: array[array[string]]', impl: { kind: 'runtime', export: 'builtin_regex__find_all_string_submatch_n' },
  },
  'regex.replace': { args: ['s: string', 'pattern: string', 'value: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_regex__replace' } },
  'regex.template_match': { args: ['template: string', 'value: string', 'delimiter_start: string', 'delimiter_end: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_regex__template_match' } },
  'regex.globs_match': { args: ['glob1: string', 'glob2: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_regex__globs_match' } },
};
