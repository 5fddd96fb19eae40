// Time built-ins in int64 nanoseconds, native in the runtime (src/rego/runtime/assembly/builtins-time.ts).
// time.now_ns is a host built-in (host.ts).
import { ZONE_HELPER } from './time-zones';
import type { BuiltinTable } from './types';

const S = ['string'] as const;
const N = ['number'] as const;
const A = ['array'] as const;
/** A time argument: ns, or [ns, zone], or [ns, zone, layout] (the layout is used by time.format). */
const TIME = ['number', 'array'] as const;

/** The time family. */
export const TIME_BUILTINS: BuiltinTable = {
  'time.parse_ns': { args: [S, S], result: N, impl: { kind: 'runtime', export: 'builtin_time__parse_ns' } },
  'time.parse_rfc3339_ns': { args: [S], result: N, impl: { kind: 'runtime', export: 'builtin_time__parse_rfc3339_ns' } },
  'time.parse_duration_ns': { args: [S], result: N, impl: { kind: 'runtime', export: 'builtin_time__parse_duration_ns' } },
  'time.date': { args: [TIME], result: A, impl: { kind: 'runtime', export: 'builtin_time__date', hostHelper: ZONE_HELPER } },
  'time.clock': { args: [TIME], result: A, impl: { kind: 'runtime', export: 'builtin_time__clock', hostHelper: ZONE_HELPER } },
  'time.weekday': { args: [TIME], result: S, impl: { kind: 'runtime', export: 'builtin_time__weekday', hostHelper: ZONE_HELPER } },
  'time.add_date': { args: [N, N, N, N], result: N, impl: { kind: 'runtime', export: 'builtin_time__add_date' } },
  'time.diff': { args: [TIME, TIME], result: A, impl: { kind: 'runtime', export: 'builtin_time__diff', hostHelper: ZONE_HELPER } },
  'time.format': { args: [TIME], result: S, impl: { kind: 'runtime', export: 'builtin_time__format', hostHelper: ZONE_HELPER } },
};
