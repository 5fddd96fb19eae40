// Proleptic Gregorian calendar arithmetic for the time built-ins: civil date <-> days since 1970-01-01
// (Hinnant's algorithms, exact for any i64 day count in range), month lengths with Go's normalisation, and
// Unix seconds + nanoseconds <-> int64 nanoseconds with exact range checks.

export const NS_PER_SECOND: i64 = 1000000000;
export const SECONDS_PER_DAY: i64 = 86400;

/** Floor division (rounds toward negative infinity). */
@inline export function floorDiv(a: i64, b: i64): i64 {
  const q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

/** Modulo with the sign of the divisor. */
@inline export function floorMod(a: i64, b: i64): i64 {
  return a - floorDiv(a, b) * b;
}

/** Whether `year` is a leap year. */
export function isLeap(year: i64): bool {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: i64, month: i32): i32 {
  if (month == 2) return isLeap(year) ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a valid civil date. */
export function daysFromCivil(year: i64, month: i32, day: i32): i64 {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = <i64>((month + 9) % 12);
  const doy = (153 * mp + 2) / 5 + <i64>day - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/** Days since the epoch of year/month/day after Go's normalisation (month 13 = next January, day 0 = last day of the previous month). */
export function daysFromNormalized(year: i64, month: i64, day: i64): i64 {
  const m0 = month - 1;
  const y = year + floorDiv(m0, 12);
  const m = <i32>floorMod(m0, 12) + 1;
  return daysFromCivil(y, m, 1) + day - 1;
}

// Results of civilFromDays.
export let civilYear: i64 = 0;
export let civilMonth: i32 = 0;
export let civilDay: i32 = 0;

/** Splits days since the epoch into civilYear / civilMonth / civilDay. */
export function civilFromDays(days: i64): void {
  const z = days + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const mp = (5 * doy + 2) / 153;
  civilDay = <i32>(doy - (153 * mp + 2) / 5 + 1);
  civilMonth = <i32>(mp < 10 ? mp + 3 : mp - 9);
  civilYear = yoe + era * 400 + (civilMonth <= 2 ? 1 : 0);
}

/** Day of the week of days since the epoch: 0 = Sunday. */
export function weekdayOf(days: i64): i32 {
  return <i32>floorMod(days + 4, 7);
}

/** Whether the last secondsToNanos call was in range. */
export let nanosOk: bool = false;

/** Unix seconds + nanoseconds (0..1e9-1) as int64 nanoseconds; sets nanosOk (false: outside int64). */
export function secondsToNanos(sec: i64, nsec: i64): i64 {
  nanosOk = false;
  if (sec < -9223372037 || sec > 9223372036) return 0;
  if (sec < 0) {
    const base = (sec + 1) * NS_PER_SECOND;
    const add = nsec - NS_PER_SECOND;
    if (base < i64.MIN_VALUE - add) return 0;
    nanosOk = true;
    return base + add;
  }
  const base = sec * NS_PER_SECOND;
  if (base > i64.MAX_VALUE - nsec) return 0;
  nanosOk = true;
  return base + nsec;
}
