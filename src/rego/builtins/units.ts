// units.parse and units.parse_bytes, native in the runtime (src/rego/runtime/assembly/builtins-units.ts).
import type { BuiltinTable } from './types';

/** The units family. */
export const UNITS_BUILTINS: BuiltinTable = {
  'units.parse': { args: ['x: string'], result: 'y: number', impl: { kind: 'runtime', export: 'builtin_units__parse' } },
  'units.parse_bytes': { args: ['x: string'], result: 'y: number', impl: { kind: 'runtime', export: 'builtin_units__parse_bytes' } },
};
