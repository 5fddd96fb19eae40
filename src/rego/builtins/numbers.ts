// Arithmetic built-ins, all native in the runtime (src/rego/runtime/assembly/builtins-numbers.ts): exact
// + - * on arbitrary-precision numbers, 18-digit `/`, integer `%`, rounding, ranges and number conversions.
import type { BuiltinTable } from './types';

/** The arithmetic family. */
export const NUMBER_BUILTINS: BuiltinTable = {
  plus: { args: ['x: number', 'y: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_plus' }, infix: '+' },
  minus: { args: ['x: any<number, set[any]>', 'y: any<number, set[any]>'], result: 'z: any<number, set[any]>', impl: { kind: 'runtime', export: 'builtin_minus' }, infix: '-' },
  mul: { args: ['x: number', 'y: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_mul' }, infix: '*' },
  div: { args: ['x: number', 'y: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_div' }, infix: '/' },
  rem: { args: ['x: number', 'y: number'], result: 'z: number', impl: { kind: 'runtime', export: 'builtin_rem' }, infix: '%' },
  abs: { args: ['x: number'], result: 'y: number', impl: { kind: 'runtime', export: 'builtin_abs' } },
  round: { args: ['x: number'], result: 'y: number', impl: { kind: 'runtime', export: 'builtin_round' } },
  ceil: { args: ['x: number'], result: 'y: number', impl: { kind: 'runtime', export: 'builtin_ceil' } },
  floor: { args: ['x: number'], result: 'y: number', impl: { kind: 'runtime', export: 'builtin_floor' } },
  'numbers.range': { args: ['a: number', 'b: number'], result: 'range: array[number]', impl: { kind: 'runtime', export: 'builtin_numbers__range' } },
  'numbers.range_step': { args: ['a: number', 'b: number', 'step: number'], result: 'range: array[number]', impl: { kind: 'runtime', export: 'builtin_numbers__range_step' } },
  to_number: { args: ['x: any<null, boolean, number, string>'], result: 'num: number', impl: { kind: 'runtime', export: 'builtin_to_number' } },
  format_int: { args: ['number: number', 'base: number'], result: 'output: string', impl: { kind: 'runtime', export: 'builtin_format_int' } },
};
