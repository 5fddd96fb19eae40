// Time built-ins in int64 nanoseconds, native in the runtime (src/rego/runtime/assembly/builtins-time.ts).
// time.now_ns is a host built-in (host.ts).
import { ZONE_HELPER } from './time-zones';
import type { BuiltinTable } from './types';

/** The time family. */
export const TIME_BUILTINS: BuiltinTable = {
  'time.parse_ns': { args: ['layout: string', 'value: string'], result: 'ns: number', impl: { kind: 'runtime', export: 'builtin_time__parse_ns' } },
  'time.parse_rfc3339_ns': { args: ['value: string'], result: 'ns: number', impl: { kind: 'runtime', export: 'builtin_time__parse_rfc3339_ns' } },
  'time.parse_duration_ns': { args: ['duration: string'], result: 'ns: number', impl: { kind: 'runtime', export: 'builtin_time__parse_duration_ns' } },
  'time.date': { args: ['x: any<number, array<number, string>>'], result: 'date: array<number, number, number>', impl: { kind: 'runtime', export: 'builtin_time__date', hostHelper: ZONE_HELPER } },
  'time.clock': { args: ['x: any<number, array<number, string>>'], result: 'output: array<number, number, number>', impl: { kind: 'runtime', export: 'builtin_time__clock', hostHelper: ZONE_HELPER } },
  'time.weekday': { args: ['x: any<number, array<number, string>>'], result: 'day: string', impl: { kind: 'runtime', export: 'builtin_time__weekday', hostHelper: ZONE_HELPER } },
  'time.add_date': { args: ['ns: number', 'years: number', 'months: number', 'days: number'], result: 'output: number', impl: { kind: 'runtime', export: 'builtin_time__add_date' } },
  'time.diff': { args: ['ns1: any<number, array<number, string>>', 'ns2: any<number, array<number, string>>'], result: 'output: array<number, number, number, number, number, number>', impl: { kind: 'runtime', export: 'builtin_time__diff', hostHelper: ZONE_HELPER } },
  'time.format': { args: ['x: any<number, array<number, string>, array<number, string, string>>'], result: 'formatted timestamp: string', impl: { kind: 'runtime', export: 'builtin_time__format', hostHelper: ZONE_HELPER } },
};
