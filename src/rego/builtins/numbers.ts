// Arithmetic built-ins, all native in the runtime (src/rego/runtime/assembly/builtins-numbers.ts): exact
// + - * on arbitrary-precision numbers, 18-digit `/`, integer `%`, rounding, ranges and number conversions.
import type { BuiltinTable } from './types';

const N = ['number'] as const;

/** The arithmetic family. */
export const NUMBER_BUILTINS: BuiltinTable = {
  plus: { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_plus' }, infix: '+' },
  minus: { args: [['number', 'set'], ['number', 'set']], result: ['number', 'set'], impl: { kind: 'runtime', export: 'builtin_minus' }, infix: '-' },
  mul: { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_mul' }, infix: '*' },
  div: { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_div' }, infix: '/' },
  rem: { args: [N, N], result: N, impl: { kind: 'runtime', export: 'builtin_rem' }, infix: '%' },
  abs: { args: [N], result: N, impl: { kind: 'runtime', export: 'builtin_abs' } },
  round: { args: [N], result: N, impl: { kind: 'runtime', export: 'builtin_round' } },
  ceil: { args: [N], result: N, impl: { kind: 'runtime', export: 'builtin_ceil' } },
  floor: { args: [N], result: N, impl: { kind: 'runtime', export: 'builtin_floor' } },
  'numbers.range': { args: [N, N], result: ['array'], impl: { kind: 'runtime', export: 'builtin_numbers__range' } },
  'numbers.range_step': { args: [N, N, N], result: ['array'], impl: { kind: 'runtime', export: 'builtin_numbers__range_step' } },
  to_number: { args: [['null', 'boolean', 'number', 'string']], result: N, impl: { kind: 'runtime', export: 'builtin_to_number' } },
  format_int: { args: [N, N], result: ['string'], impl: { kind: 'runtime', export: 'builtin_format_int' } },
};
