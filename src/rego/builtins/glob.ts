// Glob built-ins with gobwas/glob semantics, native in the runtime (src/rego/runtime/assembly/builtins-glob.ts).
import type { BuiltinTable } from './types';

/** The glob family. */
export const GLOB_BUILTINS: BuiltinTable = {
  'glob.match': { args: ['pattern: string', 'delimiters: any<null, array[string]>', 'match: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_glob__match' } },
  'glob.quote_meta': { args: ['pattern: string'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_glob__quote_meta' } },
};
