// Time zones for the time built-ins: UTC (also "" and "Local": the runtime has no host zone) and every other IANA
// zone from the host's zone database (tzdata/zones.json, with its whole history) through the host helper the
// compiled module passes in. Without the helper (a runtime called directly), a built-in table of common zones with
// their current standard offset and daylight-saving rule applied to every year stands in.

const RULE_NONE: i32 = 0;
const RULE_US: i32 = 1;       // 2007+: 2nd Sunday March 02:00 → 1st Sunday November 02:00 local; 1987-2006: April/October
const RULE_EU: i32 = 2;       // last Sunday March 01:00 UTC → last Sunday October 01:00 UTC
const RULE_AU: i32 = 3;       // 1st Sunday October 02:00 → 1st Sunday April 03:00 local (southern)
const RULE_NZ: i32 = 4;       // last Sunday September 02:00 → 1st Sunday April 03:00 local (southern)

import { daysFromCivil, floorDiv, civilFromDays, civilYear, weekdayOf, SECONDS_PER_DAY } from "./builtins-time-calendar";
import { opa_builtin_call } from "./eval-support";
import { arrayGet, arrayLength, makeNumberInt, stringBytes, stringLength, valueType, TYPE_ARRAY, TYPE_NUMBER, TYPE_STRING } from "./value";
import { numberI64Ok, numberToI64 } from "./number";

// Zone names separated by ','; ZONE_DATA holds [standard offset seconds, rule] per name, in the same order.
// One literal: AssemblyScript would concatenate split literals at run time, allocating a managed string.
const ZONE_NAMES = "UTC,Etc/UTC,GMT,Etc/GMT,Zulu,Europe/London,Europe/Dublin,Europe/Lisbon,Atlantic/Reykjavik,Europe/Paris,Europe/Berlin,Europe/Madrid,Europe/Rome,Europe/Amsterdam,Europe/Brussels,Europe/Vienna,Europe/Zurich,Europe/Stockholm,Europe/Oslo,Europe/Copenhagen,Europe/Prague,Europe/Warsaw,Europe/Budapest,Europe/Luxembourg,Europe/Belgrade,Europe/Athens,Europe/Helsinki,Europe/Kiev,Europe/Kyiv,Europe/Bucharest,Europe/Sofia,Europe/Riga,Europe/Tallinn,Europe/Vilnius,Europe/Istanbul,Europe/Moscow,Africa/Johannesburg,Africa/Lagos,Africa/Nairobi,Asia/Dubai,Asia/Karachi,Asia/Kolkata,Asia/Calcutta,Asia/Dhaka,Asia/Bangkok,Asia/Jakarta,Asia/Ho_Chi_Minh,Asia/Shanghai,Asia/Hong_Kong,Asia/Taipei,Asia/Singapore,Asia/Manila,Asia/Seoul,Asia/Tokyo,Australia/Perth,Australia/Brisbane,Australia/Adelaide,Australia/Darwin,Australia/Sydney,Australia/Melbourne,Australia/Hobart,Australia/Canberra,Pacific/Auckland,Pacific/Honolulu,America/Anchorage,America/Los_Angeles,America/Vancouver,America/Tijuana,America/Denver,America/Edmonton,America/Phoenix,America/Chicago,America/Winnipeg,America/Mexico_City,America/New_York,America/Toronto,America/Detroit,America/Halifax,America/St_Johns,America/Bogota,America/Lima,America/Caracas,America/Sao_Paulo,America/Argentina/Buenos_Aires,America/Buenos_Aires,US/Eastern,US/Central,US/Mountain,US/Pacific,US/Alaska,US/Hawaii";

const ZONE_DATA: usize = memory.data<i32>([
  0, RULE_NONE, 0, RULE_NONE, 0, RULE_NONE, 0, RULE_NONE, 0, RULE_NONE, 0, RULE_EU, 0, RULE_EU, 0, RULE_EU, 0, RULE_NONE,
  3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU,
  3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU, 3600, RULE_EU,
  3600, RULE_EU, 3600, RULE_EU, 7200, RULE_EU, 7200, RULE_EU, 7200, RULE_EU, 7200, RULE_EU, 7200, RULE_EU,
  7200, RULE_EU, 7200, RULE_EU, 7200, RULE_EU, 7200, RULE_EU, 10800, RULE_NONE, 10800, RULE_NONE,
  7200, RULE_NONE, 3600, RULE_NONE, 10800, RULE_NONE, 14400, RULE_NONE, 18000, RULE_NONE, 19800, RULE_NONE, 19800, RULE_NONE,
  21600, RULE_NONE, 25200, RULE_NONE, 25200, RULE_NONE, 25200, RULE_NONE, 28800, RULE_NONE, 28800, RULE_NONE, 28800, RULE_NONE,
  28800, RULE_NONE, 28800, RULE_NONE, 32400, RULE_NONE, 32400, RULE_NONE, 28800, RULE_NONE, 36000, RULE_NONE, 34200, RULE_AU,
  34200, RULE_NONE, 36000, RULE_AU, 36000, RULE_AU, 36000, RULE_AU, 36000, RULE_AU, 43200, RULE_NZ,
  -36000, RULE_NONE, -32400, RULE_US, -28800, RULE_US, -28800, RULE_US, -28800, RULE_US, -25200, RULE_US,
  -25200, RULE_US, -25200, RULE_NONE, -21600, RULE_US, -21600, RULE_US, -21600, RULE_NONE, -18000, RULE_US,
  -18000, RULE_US, -18000, RULE_US, -14400, RULE_US, -12600, RULE_US, -18000, RULE_NONE, -18000, RULE_NONE,
  -14400, RULE_NONE, -10800, RULE_NONE, -10800, RULE_NONE, -10800, RULE_NONE,
  -18000, RULE_US, -21600, RULE_US, -25200, RULE_US, -28800, RULE_US, -32400, RULE_US, -36000, RULE_NONE,
]);

// The zones' abbreviations as tzdata (and Go) print them, "standard/daylight", in ZONE_NAMES order.
const ZONE_ABBREVIATIONS = "UTC,UTC,GMT,GMT,UTC,GMT/BST,GMT/IST,WET/WEST,GMT,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,CET/CEST,EET/EEST,EET/EEST,EET/EEST,EET/EEST,EET/EEST,EET/EEST,EET/EEST,EET/EEST,EET/EEST,+03,MSK,SAST,WAT,EAT,+04,PKT,IST,IST,+06,+07,WIB,+07,CST,HKT,CST,+08,PST,KST,JST,AWST,AEST,ACST/ACDT,ACST,AEST/AEDT,AEST/AEDT,AEST/AEDT,AEST/AEDT,NZST/NZDT,HST,AKST/AKDT,PST/PDT,PST/PDT,PST/PDT,MST/MDT,MST/MDT,MST,CST/CDT,CST/CDT,CST,EST/EDT,EST/EDT,EST/EDT,AST/ADT,NST/NDT,-05,-05,-04,-03,-03,-03,EST/EDT,CST/CDT,MST/MDT,PST/PDT,AKST/AKDT,HST";

/** Zone id meaning UTC. */
export const ZONE_UTC: i32 = 0;

/** Zone id of a name neither the host nor the table knows. */
export const ZONE_UNKNOWN: i32 = -1;

/** Zone id meaning "the zone named hostZone, answered by the host's zone database". */
export const ZONE_HOST: i32 = -2;

// The zone helper's host built-in id, or 0 for none: a helper's id is never 0, since the built-in that needs it
// is registered before it.
let zoneHelper: i32 = 0;
// The string value naming the zone ZONE_HOST stands for, and the last answer for it.
let hostZone: usize = 0;
let hostOffset: i64 = 0;
let hostAbbreviation: usize = 0;

/** Sets the zone helper for the built-in being evaluated (its last argument; 0 when there is none). */
export function useZoneHelper(id: i32): void {
  zoneHelper = id;
}

/** The zone ZONE_HOST currently stands for (to keep across reading another time argument). */
export function currentHostZone(): usize {
  return hostZone;
}

/** Makes ZONE_HOST stand for the zone named by string value `name` again. */
export function setHostZone(name: usize): void {
  hostZone = name;
}

// Asks the host for hostZone at Unix second t: sets hostOffset and hostAbbreviation; false for an unknown zone.
function askHost(t: i64): bool {
  const answer = <usize>opa_builtin_call(zoneHelper, 2, <i32>hostZone, <i32>makeNumberInt(t), 0, 0);
  if (answer == 0 || valueType(answer) != TYPE_ARRAY || arrayLength(answer) != 2) return false;
  const offset = arrayGet(answer, 0);
  const abbreviation = arrayGet(answer, 1);
  if (valueType(offset) != TYPE_NUMBER || valueType(abbreviation) != TYPE_STRING) return false;
  hostOffset = numberToI64(offset);
  hostAbbreviation = abbreviation;
  return numberI64Ok;
}

/**
 * The zone id for a zone name value: UTC for "", "UTC" and "Local"; with the helper, ZONE_HOST for a zone the
 * host's database has; otherwise the built-in table's id; -1 for an unknown zone.
 */
export function zoneNamed(name: usize): i32 {
  const zone = findZone(stringBytes(name), <i32>stringLength(name));
  if (zone == ZONE_UTC || zoneHelper == 0) return zone;
  hostZone = name;
  return askHost(0) ? ZONE_HOST : ZONE_UNKNOWN;
}

/** The table's zone id for `len` name bytes at `name` ("", "UTC" and "Local" are UTC), or ZONE_UNKNOWN. */
export function findZone(name: usize, len: i32): i32 {
  if (len == 0) return ZONE_UTC;
  if (len == 5 && load<u8>(name) == 0x4c && memory.compare(name, localName(), 5) == 0) return ZONE_UTC;
  let index = 0;
  let start = 0;
  const total = ZONE_NAMES.length;
  for (let i = 0; i <= total; i++) {
    if (i < total && ZONE_NAMES.charCodeAt(i) != 0x2c) continue;
    if (i - start == len) {
      let same = true;
      for (let k = 0; k < len; k++) {
        if (<i32>load<u8>(name + k) != ZONE_NAMES.charCodeAt(start + k)) { same = false; break; }
      }
      if (same) return index;
    }
    index++;
    start = i + 1;
  }
  return ZONE_UNKNOWN;
}

function localName(): usize {
  return memory.data<u8>([0x4c, 0x6f, 0x63, 0x61, 0x6c]);
}

// Seconds since the epoch of local time `day` (days since the epoch) at `secondOfDay`, minus `offset`.
@inline function instant(day: i64, secondOfDay: i64, offset: i64): i64 {
  return day * SECONDS_PER_DAY + secondOfDay - offset;
}

// Days since the epoch of the n-th (1-based) Sunday of a month, or the last one when n == 0.
function sundayOf(year: i64, month: i32, n: i32): i64 {
  if (n == 0) {
    const nextMonth = month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
    const last = nextMonth - 1;
    return last - weekdayOf(last);
  }
  const first = daysFromCivil(year, month, 1);
  return first + <i64>((7 - weekdayOf(first)) % 7) + <i64>(n - 1) * 7;
}

/** Whether daylight-saving time is in effect at Unix second `t` for a zone with standard offset `std`. */
function inDaylightTime(rule: i32, std: i64, t: i64): bool {
  civilFromDays(floorDiv(t + std, SECONDS_PER_DAY));
  const year = civilYear;
  if (rule == RULE_EU) {
    return t >= instant(sundayOf(year, 3, 0), 3600, 0) && t < instant(sundayOf(year, 10, 0), 3600, 0);
  }
  if (rule == RULE_US) {
    const start = year >= 2007 ? sundayOf(year, 3, 2) : sundayOf(year, 4, 1);
    const end = year >= 2007 ? sundayOf(year, 11, 1) : sundayOf(year, 10, 0);
    return t >= instant(start, 7200, std) && t < instant(end, 7200, std + 3600);
  }
  // Southern hemisphere: daylight time spans the turn of the year.
  const end = instant(sundayOf(year, 4, 1), 10800, std + 3600);
  const start = rule == RULE_AU ? instant(sundayOf(year, 10, 1), 7200, std) : instant(sundayOf(year, 9, 0), 7200, std);
  return t < end || t >= start;
}

/** UTC offset in seconds of zone `zone` at Unix second `t`. */
export function offsetAt(zone: i32, t: i64): i64 {
  if (zone == ZONE_HOST) return askHost(t) ? hostOffset : 0;
  const std = <i64>load<i32>(ZONE_DATA + (<usize>zone << 3));
  const rule = load<i32>(ZONE_DATA + (<usize>zone << 3), 4);
  if (rule == RULE_NONE) return std;
  return inDaylightTime(rule, std, t) ? std + 3600 : std;
}

/** Unix second of local wall-clock second `local` in `zone`, resolving gaps and overlaps as Go's time.Date does. */
export function localToUnix(zone: i32, local: i64): i64 {
  const guess = offsetAt(zone, local);
  const utc = local - guess;
  const actual = offsetAt(zone, utc);
  return local - actual;
}

/** Writes the abbreviation of `zone` at Unix second `t` ("EST", "CEST", "+04") at `at`; returns the end. */
export function writeZoneAbbreviation(at: usize, zone: i32, t: i64): usize {
  if (zone == ZONE_HOST) {
    if (!askHost(t)) return at;
    const n = stringLength(hostAbbreviation);
    memory.copy(at, stringBytes(hostAbbreviation), n);
    return at + n;
  }
  const daylight = offsetAt(zone, t) != <i64>load<i32>(ZONE_DATA + (<usize>zone << 3));
  let i = 0;
  for (let skipped = 0; skipped < zone; i++) if (ZONE_ABBREVIATIONS.charCodeAt(i) == 0x2c) skipped++;
  let end = i;
  while (end < ZONE_ABBREVIATIONS.length && ZONE_ABBREVIATIONS.charCodeAt(end) != 0x2c) end++;
  let slash = i;
  while (slash < end && ZONE_ABBREVIATIONS.charCodeAt(slash) != 0x2f) slash++;
  const from = daylight && slash < end ? slash + 1 : i;
  const to = daylight && slash < end ? end : slash;
  for (let k = from; k < to; k++) store<u8>(at++, <u8>ZONE_ABBREVIATIONS.charCodeAt(k));
  return at;
}
