// Go reference-layout formatting (time.Time.Format) for time.format: the elements of builtins-time-layout.ts
// written from wall-clock fields; zone names ("MST") come from the zone table's tzdata abbreviations.

import { malloc } from "./alloc";
import { civilDay, civilFromDays, civilMonth, civilYear, daysFromCivil, floorDiv, floorMod, weekdayOf, NS_PER_SECOND, SECONDS_PER_DAY } from "./builtins-time-calendar";
import {
  chunkDigits, chunkEnd, chunkStart, nextChunk, LONG_DAYS, LONG_MONTHS, SHORT_DAYS, SHORT_MONTHS, STD_DAY, STD_FRAC0,
  STD_FRAC9, STD_HOUR, STD_HOUR12, STD_ISO_COLON_SECONDS_TZ, STD_ISO_COLON_TZ, STD_ISO_SECONDS_TZ, STD_ISO_SHORT_TZ,
  STD_ISO_TZ, STD_LONG_MONTH, STD_LONG_WEEKDAY, STD_LONG_YEAR, STD_LOWER_PM, STD_MINUTE, STD_MONTH, STD_NONE,
  STD_NUM_COLON_SECONDS_TZ, STD_NUM_COLON_TZ, STD_NUM_MONTH, STD_NUM_SECONDS_TZ, STD_NUM_SHORT_TZ, STD_NUM_TZ, STD_PM,
  STD_SECOND, STD_TZ, STD_UNDER_DAY, STD_UNDER_YEARDAY, STD_WEEKDAY, STD_YEAR, STD_ZERO_DAY, STD_ZERO_HOUR12,
  STD_ZERO_MINUTE, STD_ZERO_MONTH, STD_ZERO_SECOND, STD_ZERO_YEARDAY,
} from "./builtins-time-layout";
import { offsetAt, writeZoneAbbreviation } from "./builtins-time-zone";
import { makeString } from "./value";

@unmanaged class Fields {
  year: i64;
  month: i32;
  day: i32;
  yday: i32;
  weekday: i32;
  hour: i32;
  minute: i32;
  second: i32;
  nsec: i32;
  offset: i32;
  unix: i64;
}

let out: usize = 0;

function putChar(c: i32): void {
  store<u8>(out++, <u8>c);
}

// Writes n (>= 0) with at least `width` digits, padded with `pad` (0x30 zeros or 0x20 spaces).
function putNumber(n: i64, width: i32, pad: i32): void {
  let digits = 1;
  for (let t = n; t >= 10; t /= 10) digits++;
  for (let i = digits; i < width; i++) putChar(pad);
  for (let i = digits - 1; i >= 0; i--) {
    store<u8>(out + i, <u8>(0x30 + n % 10));
    n /= 10;
  }
  out += digits;
}

// Writes item `index` of a comma-separated list, or only its first three letters.
function putName(list: string, index: i32, short: bool): void {
  let i = 0;
  for (let skipped = 0; skipped < index; i++) if (list.charCodeAt(i) == 0x2c) skipped++;
  let n = 0;
  while (i < list.length && list.charCodeAt(i) != 0x2c && !(short && n == 3)) { putChar(list.charCodeAt(i++)); n++; }
}

function putZone(code: i32, offset: i32): void {
  const iso = code == STD_ISO_TZ || code == STD_ISO_SECONDS_TZ || code == STD_ISO_SHORT_TZ || code == STD_ISO_COLON_TZ ||
    code == STD_ISO_COLON_SECONDS_TZ;
  if (iso && offset == 0) { putChar(0x5a); return; }
  const colon = code == STD_ISO_COLON_TZ || code == STD_NUM_COLON_TZ || code == STD_ISO_COLON_SECONDS_TZ ||
    code == STD_NUM_COLON_SECONDS_TZ;
  const seconds = code == STD_ISO_SECONDS_TZ || code == STD_NUM_SECONDS_TZ || code == STD_ISO_COLON_SECONDS_TZ ||
    code == STD_NUM_COLON_SECONDS_TZ;
  const short = code == STD_ISO_SHORT_TZ || code == STD_NUM_SHORT_TZ;
  let z = offset / 60;
  let abs = offset;
  if (z < 0) { putChar(0x2d); z = -z; abs = -offset; } else putChar(0x2b);
  putNumber(z / 60, 2, 0x30);
  if (!short) {
    if (colon) putChar(0x3a);
    putNumber(z % 60, 2, 0x30);
  }
  if (seconds) {
    if (colon) putChar(0x3a);
    putNumber(abs % 60, 2, 0x30);
  }
}

// Fraction element: `digits` digits after the separator; FRAC9 drops trailing zeros (and the separator if none remain).
function putFraction(separator: i32, digits: i32, trim: bool, nsec: i32): void {
  let value = nsec;
  for (let i = 9; i > digits; i--) value /= 10;
  let n = digits;
  if (trim) {
    while (n > 0 && value % 10 == 0) { value /= 10; n--; }
    if (n == 0) return;
  }
  putChar(separator);
  putNumber(value, n, 0x30);
}

function putElement(code: i32, f: Fields, zone: i32, separator: i32): void {
  switch (code) {
    case STD_LONG_YEAR: {
      let y = f.year;
      if (y < 0) { putChar(0x2d); y = -y; }
      putNumber(y, 4, 0x30);
      return;
    }
    case STD_YEAR: putNumber(<i64>floorMod(f.year, 100), 2, 0x30); return;
    case STD_LONG_MONTH: putName(LONG_MONTHS, f.month - 1, false); return;
    case STD_MONTH: putName(SHORT_MONTHS, f.month - 1, true); return;
    case STD_NUM_MONTH: putNumber(f.month, 1, 0x30); return;
    case STD_ZERO_MONTH: putNumber(f.month, 2, 0x30); return;
    case STD_LONG_WEEKDAY: putName(LONG_DAYS, f.weekday, false); return;
    case STD_WEEKDAY: putName(SHORT_DAYS, f.weekday, true); return;
    case STD_DAY: putNumber(f.day, 1, 0x30); return;
    case STD_UNDER_DAY: putNumber(f.day, 2, 0x20); return;
    case STD_ZERO_DAY: putNumber(f.day, 2, 0x30); return;
    case STD_UNDER_YEARDAY: putNumber(f.yday, 3, 0x20); return;
    case STD_ZERO_YEARDAY: putNumber(f.yday, 3, 0x30); return;
    case STD_HOUR: putNumber(f.hour, 2, 0x30); return;
    case STD_HOUR12: case STD_ZERO_HOUR12: {
      const h = f.hour % 12 == 0 ? 12 : f.hour % 12;
      putNumber(h, code == STD_ZERO_HOUR12 ? 2 : 1, 0x30);
      return;
    }
    case STD_MINUTE: putNumber(f.minute, 1, 0x30); return;
    case STD_ZERO_MINUTE: putNumber(f.minute, 2, 0x30); return;
    case STD_SECOND: putNumber(f.second, 1, 0x30); return;
    case STD_ZERO_SECOND: putNumber(f.second, 2, 0x30); return;
    case STD_PM: putChar(f.hour >= 12 ? 0x50 : 0x41); putChar(0x4d); return;
    case STD_LOWER_PM: putChar(f.hour >= 12 ? 0x70 : 0x61); putChar(0x6d); return;
    case STD_TZ:
      out = writeZoneAbbreviation(out, zone, f.unix);
      return;
    case STD_FRAC0: putFraction(separator, chunkDigits, false, f.nsec); return;
    case STD_FRAC9: putFraction(separator, chunkDigits, true, f.nsec); return;
  }
  putZone(code, f.offset);
}

function fieldsOf(ns: i64, zone: i32): Fields {
  const f = changetype<Fields>(memory.data(offsetof<Fields>()));
  const sec = floorDiv(ns, NS_PER_SECOND);
  f.nsec = <i32>floorMod(ns, NS_PER_SECOND);
  f.unix = sec;
  f.offset = <i32>offsetAt(zone, sec);
  const local = sec + <i64>f.offset;
  const days = floorDiv(local, SECONDS_PER_DAY);
  const secondOfDay = <i32>floorMod(local, SECONDS_PER_DAY);
  civilFromDays(days);
  f.year = civilYear;
  f.month = civilMonth;
  f.day = civilDay;
  f.yday = <i32>(days - daysFromCivil(civilYear, 1, 1)) + 1;
  f.weekday = weekdayOf(days);
  f.hour = secondOfDay / 3600;
  f.minute = (secondOfDay / 60) % 60;
  f.second = secondOfDay % 60;
  return f;
}

/** The string value of `ns` in `zone` written with the Go layout of `llen` bytes at `layout`. */
export function formatTime(ns: i64, zone: i32, layout: usize, llen: i32): usize {
  const f = fieldsOf(ns, zone);
  const buffer = malloc(<usize>(llen * 3 + 32));
  out = buffer;
  let pos = 0;
  for (;;) {
    const code = nextChunk(layout, llen, pos);
    const start = chunkStart;
    const end = chunkEnd;
    for (let i = pos; i < start; i++) putChar(<i32>load<u8>(layout + i));
    if (code == STD_NONE) break;
    const separator = <i32>load<u8>(layout + start);
    putElement(code, f, zone, separator);
    pos = end;
  }
  return makeString(buffer, <u32>(out - buffer));
}
