// time.* built-ins in exact int64 nanoseconds: parse_ns (Go layouts and OPA's named layouts), parse_rfc3339_ns,
// parse_duration_ns, date, clock, weekday, add_date and diff. A time argument is ns or [ns, zone]; zones are
// UTC/""/"Local" (taken as UTC) and the IANA names of builtins-time-zone.ts. Errors give undefined (strict
// mode: OPA's errors for times beyond the int64 nanosecond range, through ./errors).

import { intOperand, intOperandOk } from "./builtins-values";
import {
  civilDay, civilFromDays, civilMonth, civilYear, daysFromNormalized, daysInMonth, floorDiv, floorMod, nanosOk,
  secondsToNanos, weekdayOf, NS_PER_SECOND, SECONDS_PER_DAY,
} from "./builtins-time-calendar";
import { durationOk, parseDuration } from "./builtins-time-duration";
import { formatTime } from "./builtins-time-format";
import { expandLayout, expandedLength, parseOk, parseWithLayout } from "./builtins-time-layout";
import { currentHostZone, localToUnix, offsetAt, setHostZone, useZoneHelper, zoneNamed, ZONE_UNKNOWN, ZONE_UTC } from "./builtins-time-zone";
import { numberI64Ok, numberIsInteger, numberToI64 } from "./number";
import { malloc } from "./alloc";
import { builtinError } from "./errors";
import {
  arrayAppend, arrayGet, arrayLength, makeArray, makeNumberInt, makeString, stringBytes, stringLength, valueType,
  TYPE_ARRAY, TYPE_NUMBER, TYPE_STRING,
} from "./value";

// The time argument last read by readTime; argLayout is its third element (a string value) or 0.
let argNanos: i64 = 0;
let argLayout: usize = 0;
let argZone: i32 = 0; // ZONE_UTC, written as a literal so no start function initialises it

// Reads ns or [ns, zone, ...]; false for other shapes, non-integral or too large ns (reported as OPA's
// "timestamp too big" for `name`), or an unknown zone. `zoneHelper` is the host helper id the built-in was given.
function readTime(name: string, v: usize, zoneHelper: i32): bool {
  useZoneHelper(zoneHelper);
  let ns = v;
  argZone = ZONE_UTC;
  argLayout = 0;
  const t = valueType(v);
  if (t == TYPE_ARRAY) {
    if (arrayLength(v) == 0) return false;
    ns = arrayGet(v, 0);
    if (arrayLength(v) > 1) {
      const zone = arrayGet(v, 1);
      if (valueType(zone) != TYPE_STRING) return false;
      argZone = zoneNamed(zone);
      if (argZone == ZONE_UNKNOWN) return false;
    }
    if (arrayLength(v) > 2) {
      argLayout = arrayGet(v, 2);
      if (valueType(argLayout) != TYPE_STRING) return false;
    }
  } else if (t != TYPE_NUMBER) {
    return false;
  }
  if (valueType(ns) != TYPE_NUMBER) return false;
  argNanos = numberToI64(ns);
  if (!numberI64Ok && numberIsInteger(ns)) builtinError(name, "timestamp too big");
  return numberI64Ok;
}

// Local wall-clock fields of (argNanos, argZone), set by splitLocal.
let localDays: i64 = 0;
let localSecondOfDay: i64 = 0;
let localNanos: i64 = 0;

function splitLocal(ns: i64, zone: i32): void {
  const sec = floorDiv(ns, NS_PER_SECOND);
  localNanos = floorMod(ns, NS_PER_SECOND);
  const local = sec + offsetAt(zone, sec);
  localDays = floorDiv(local, SECONDS_PER_DAY);
  localSecondOfDay = floorMod(local, SECONDS_PER_DAY);
}

function triple(a: i64, b: i64, c: i64): usize {
  const arr = makeArray(3);
  arrayAppend(arr, makeNumberInt(a));
  arrayAppend(arr, makeNumberInt(b));
  arrayAppend(arr, makeNumberInt(c));
  return arr;
}

const RFC3339_NANO = memory.data<u8>([
  0x32, 0x30, 0x30, 0x36, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x32, 0x54, 0x31, 0x35, 0x3a, 0x30, 0x34, 0x3a, 0x30, 0x35,
  0x2e, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x5a, 0x30, 0x37, 0x3a, 0x30, 0x30,
]); // "2006-01-02T15:04:05.999999999Z07:00"

/** time.format(x): x as text, RFC 3339 with nanoseconds unless x is [ns, zone, layout] (Go or named layout). */
export function builtin_time__format(x: usize, zoneHelper: i32): usize {
  if (!readTime("time.format", x, zoneHelper)) return 0;
  if (argLayout == 0) return formatTime(argNanos, argZone, RFC3339_NANO, 35);
  const layout = expandLayout(stringBytes(argLayout), <i32>stringLength(argLayout));
  return formatTime(argNanos, argZone, layout, expandedLength);
}

/** time.parse_ns(layout, value): Unix nanoseconds of a time written in a Go layout. */
export function builtin_time__parse_ns(layout: usize, value: usize): usize {
  if (valueType(layout) != TYPE_STRING || valueType(value) != TYPE_STRING) return 0;
  startParse();
  const goLayout = expandLayout(stringBytes(layout), <i32>stringLength(layout));
  return parsedTime("time.parse_ns", parseWithLayout(goLayout, expandedLength, stringBytes(value), <i32>stringLength(value)));
}

// The result of a parse started by startParse: a number, or undefined (strict mode: OPA's range error when the
// text parsed but lies beyond the int64 nanosecond range).
function parsedTime(name: string, ns: i64): usize {
  if (parseOk) return makeNumberInt(ns);
  return nanosOk ? 0 : builtinError(name, "time outside of valid range");
}

// nanosOk reports the last secondsToNanos call; a parse that fails before converting must not see a stale false.
function startParse(): void {
  secondsToNanos(0, 0);
}

const RFC3339 = memory.data<u8>([
  0x32, 0x30, 0x30, 0x36, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x32, 0x54, 0x31, 0x35, 0x3a, 0x30, 0x34, 0x3a, 0x30, 0x35,
  0x5a, 0x30, 0x37, 0x3a, 0x30, 0x30,
]); // "2006-01-02T15:04:05Z07:00"

/** time.parse_rfc3339_ns(value). */
export function builtin_time__parse_rfc3339_ns(value: usize): usize {
  if (valueType(value) != TYPE_STRING) return 0;
  startParse();
  return parsedTime("time.parse_rfc3339_ns", parseWithLayout(RFC3339, 25, stringBytes(value), <i32>stringLength(value)));
}

/** time.parse_duration_ns(duration): Go duration syntax ("1h30m", "-1.5s", "100ms") in nanoseconds. */
export function builtin_time__parse_duration_ns(duration: usize): usize {
  if (valueType(duration) != TYPE_STRING) return 0;
  const ns = parseDuration(stringBytes(duration), <i32>stringLength(duration));
  return durationOk ? makeNumberInt(ns) : 0;
}

/** time.date(x): [year, month, day]. */
export function builtin_time__date(x: usize, zoneHelper: i32): usize {
  if (!readTime("time.date", x, zoneHelper)) return 0;
  splitLocal(argNanos, argZone);
  civilFromDays(localDays);
  return triple(civilYear, civilMonth, civilDay);
}

/** time.clock(x): [hour, minute, second]. */
export function builtin_time__clock(x: usize, zoneHelper: i32): usize {
  if (!readTime("time.clock", x, zoneHelper)) return 0;
  splitLocal(argNanos, argZone);
  return triple(localSecondOfDay / 3600, (localSecondOfDay / 60) % 60, localSecondOfDay % 60);
}

const WEEKDAYS = "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday";

// The name of day `day` (0 = Sunday) as a new string.
function weekdayName(day: i32): usize {
  const buf = malloc(9);
  let i = 0;
  for (let skipped = 0; skipped < day; i++) if (WEEKDAYS.charCodeAt(i) == 0x2c) skipped++;
  let n = 0;
  while (i < WEEKDAYS.length && WEEKDAYS.charCodeAt(i) != 0x2c) store<u8>(buf + n++, <u8>WEEKDAYS.charCodeAt(i++));
  return makeString(buf, <u32>n);
}

/** time.weekday(x): "Monday" etc. */
export function builtin_time__weekday(x: usize, zoneHelper: i32): usize {
  if (!readTime("time.weekday", x, zoneHelper)) return 0;
  splitLocal(argNanos, argZone);
  return weekdayName(weekdayOf(localDays));
}

// Offsets beyond this many years/months/days put any result outside the int64 nanosecond range.
const MAX_DATE_OFFSET: i64 = 1000000000;

/** time.add_date(x, years, months, days): Go's AddDate on the wall clock of x's zone (Oct 31 + 1 month = Dec 1). */
export function builtin_time__add_date(x: usize, years: usize, months: usize, days: usize): usize {
  if (!readTime("time.add_date", x, 0)) return 0;
  const y = intOperand(years);
  if (!intOperandOk) return 0;
  const m = intOperand(months);
  if (!intOperandOk) return 0;
  const d = intOperand(days);
  if (!intOperandOk) return 0;
  if (abs64(y) > MAX_DATE_OFFSET || abs64(m) > MAX_DATE_OFFSET || abs64(d) > MAX_DATE_OFFSET) {
    return builtinError("time.add_date", "time outside of valid range");
  }
  splitLocal(argNanos, argZone);
  civilFromDays(localDays);
  const day = daysFromNormalized(civilYear + y, <i64>civilMonth + m, <i64>civilDay + d);
  const unix = localToUnix(argZone, day * SECONDS_PER_DAY + localSecondOfDay);
  const ns = secondsToNanos(unix, localNanos);
  return nanosOk ? makeNumberInt(ns) : builtinError("time.add_date", "time outside of valid range");
}

@inline function abs64(v: i64): i64 {
  return v < 0 ? -v : v;
}

/**
 * time.diff(a, b): [years, months, days, hours, minutes, seconds] between two times, both read in a's zone,
 * earlier first, with borrows as OPA computes them.
 */
export function builtin_time__diff(a: usize, b: usize, zoneHelper: i32): usize {
  if (!readTime("time.diff", a, zoneHelper)) return 0;
  let t1 = argNanos;
  const zone = argZone;
  const named = currentHostZone();
  if (!readTime("time.diff", b, zoneHelper)) return 0;
  setHostZone(named);
  let t2 = argNanos;
  if (t1 > t2) { const t = t1; t1 = t2; t2 = t; }
  splitLocal(t1, zone);
  civilFromDays(localDays);
  const y1 = civilYear, m1 = civilMonth, d1 = civilDay, s1 = localSecondOfDay;
  splitLocal(t2, zone);
  civilFromDays(localDays);
  let year = civilYear - y1;
  let month = <i64>(civilMonth - m1);
  let day = <i64>(civilDay - d1);
  let hour = localSecondOfDay / 3600 - s1 / 3600;
  let minute = (localSecondOfDay / 60) % 60 - (s1 / 60) % 60;
  let second = localSecondOfDay % 60 - s1 % 60;
  if (second < 0) { second += 60; minute--; }
  if (minute < 0) { minute += 60; hour--; }
  if (hour < 0) { hour += 24; day--; }
  if (day < 0) { day += daysInMonth(y1, m1); month--; }
  if (month < 0) { month += 12; year--; }
  const result = makeArray(6);
  arrayAppend(result, makeNumberInt(year));
  arrayAppend(result, makeNumberInt(month));
  arrayAppend(result, makeNumberInt(day));
  arrayAppend(result, makeNumberInt(hour));
  arrayAppend(result, makeNumberInt(minute));
  arrayAppend(result, makeNumberInt(second));
  return result;
}
