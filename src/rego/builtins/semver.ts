// semver.is_valid and semver.compare, native in the runtime (src/rego/runtime/assembly/builtins-semver.ts).
import type { BuiltinTable } from './types';

/** The semver family. */
export const SEMVER_BUILTINS: BuiltinTable = {
  'semver.is_valid': { args: ['vsn: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_semver__is_valid' } },
  'semver.compare': { args: ['a: string', 'b: string'], result: 'result: number', impl: { kind: 'runtime', export: 'builtin_semver__compare' } },
};
