// Bitwise built-ins on integers, native in the runtime (src/rego/runtime/assembly/builtins-bits.ts).
import type { BuiltinTable } from './types';

const N = ['number'] as const;

/** The bits family. */
export const BITS_BUILTINS: BuiltinTable = {
  'bits.or': { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_bits__or' } },
  'bits.and': { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_bits__and' } },
  'bits.xor': { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_bits__xor' } },
  'bits.negate': { args: [N], result: N, impl: { kind: 'runtime', export: 'builtin_bits__negate' } },
  'bits.lsh': { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_bits__lsh' } },
  'bits.rsh': { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_bits__rsh' } },
};
