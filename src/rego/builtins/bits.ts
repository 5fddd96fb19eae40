// Bitwise built-ins on integers, native in the runtime (src/rego/runtime/assembly/builtins-bits.ts).
import type { BuiltinTable } from './types';

/** The bits family. */
export const BITS_BUILTINS: BuiltinTable = {
  'bits.or': { args: ['x: number', 'y: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_bits__or' } },
  'bits.and': { args: ['x: number', 'y: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_bits__and' } },
  'bits.xor': { args: ['x: number', 'y: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_bits__xor' } },
  'bits.negate': { args: ['x: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_bits__negate' } },
  'bits.lsh': { args: ['x: number', 's: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_bits__lsh' } },
  'bits.rsh': { args: ['x: number', 's: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_bits__rsh' } },
};
