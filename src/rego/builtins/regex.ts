// Regex built-ins, native in the runtime's RE2-syntax engine (src/rego/runtime/assembly/builtins-regex.ts) and
// glob intersection (builtins-regex-globs.ts).
// regex.split runs on the host (host.ts). The deprecated re_match (v0 only) is declared in deprecated.ts.
import type { BuiltinTable } from './types';

const S = ['string'] as const;
const B = ['boolean'] as const;
const N = ['number'] as const;
const A = ['array'] as const;

/** The regex family. */
export const REGEX_BUILTINS: BuiltinTable = {
  'regex.match': { args: [S, S], result: B, impl: { kind: 'runtime', export: 'builtin_regex__match' } },
  'regex.is_valid': { args: ['any'], result: B, impl: { kind: 'runtime', export: 'builtin_regex__is_valid' } },
  'regex.find_n': { args: [S, S, N], result: A, impl: { kind: 'runtime', export: 'builtin_regex__find_n' } },
  'regex.find_all_string_submatch_n': {
    args: [S, S, N], result: A, impl: { kind: 'runtime', export: 'builtin_regex__find_all_string_submatch_n' },
  },
  'regex.replace': { args: [S, S, S], result: S, impl: { kind: 'runtime', export: 'builtin_regex__replace' } },
  'regex.template_match': { args: [S, S, S, S], result: B, impl: { kind: 'runtime', export: 'builtin_regex__template_match' } },
  'regex.globs_match': { args: [S, S], result: B, impl: { kind: 'runtime', export: 'builtin_regex__globs_match' } },
};
