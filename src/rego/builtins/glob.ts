// Glob built-ins with gobwas/glob semantics, native in the runtime (src/rego/runtime/assembly/builtins-glob.ts).
import type { BuiltinTable } from './types';

const S = ['string'] as const;

/** The glob family. */
export const GLOB_BUILTINS: BuiltinTable = {
  'glob.match': { args: [S, ['array', 'null'], S], result: ['boolean'], impl: { kind: 'runtime', export: 'builtin_glob__match' } },
  'glob.quote_meta': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_glob__quote_meta' } },
};
