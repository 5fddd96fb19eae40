// Go reference-layout parsing (time.Parse) for time.parse_ns and time.parse_rfc3339_ns: layouts are written
// with the reference time "Mon Jan 2 15:04:05 MST 2006"; OPA's named layouts ("RFC3339", "RFC822Z" ...) are
// expanded first. Parsing fills ParsedTime and converts it to Unix nanoseconds with exact range checks.

import { daysFromCivil, daysInMonth, nanosOk, secondsToNanos, SECONDS_PER_DAY } from "./builtins-time-calendar";

// Layout elements (Go's std* codes), shared with the formatter.
export const STD_NONE = 0;
export const STD_LONG_MONTH = 1, STD_MONTH = 2, STD_NUM_MONTH = 3, STD_ZERO_MONTH = 4;
export const STD_LONG_WEEKDAY = 5, STD_WEEKDAY = 6;
export const STD_DAY = 7, STD_UNDER_DAY = 8, STD_ZERO_DAY = 9, STD_UNDER_YEARDAY = 10, STD_ZERO_YEARDAY = 11;
export const STD_HOUR = 12, STD_HOUR12 = 13, STD_ZERO_HOUR12 = 14;
export const STD_MINUTE = 15, STD_ZERO_MINUTE = 16, STD_SECOND = 17, STD_ZERO_SECOND = 18;
export const STD_LONG_YEAR = 19, STD_YEAR = 20, STD_PM = 21, STD_LOWER_PM = 22, STD_TZ = 23;
export const STD_ISO_TZ = 24, STD_ISO_SECONDS_TZ = 25, STD_ISO_SHORT_TZ = 26, STD_ISO_COLON_TZ = 27, STD_ISO_COLON_SECONDS_TZ = 28;
export const STD_NUM_TZ = 29, STD_NUM_SECONDS_TZ = 30, STD_NUM_SHORT_TZ = 31, STD_NUM_COLON_TZ = 32, STD_NUM_COLON_SECONDS_TZ = 33;
export const STD_FRAC0 = 34, STD_FRAC9 = 35;

// Result of nextChunk: the element at [chunkStart, chunkEnd) of the layout; text before it is literal.
// chunkDigits is the digit count of a fraction element.
export let chunkStart: i32 = 0;
export let chunkEnd: i32 = 0;
export let chunkDigits: i32 = 0;

@inline function at(p: usize, len: i32, i: i32): i32 {
  return i < len ? <i32>load<u8>(p + i) : -1;
}

function hasText(p: usize, len: i32, i: i32, text: string): bool {
  if (i + text.length > len) return false;
  for (let k = 0; k < text.length; k++) if (<i32>load<u8>(p + i + k) != text.charCodeAt(k)) return false;
  return true;
}

@inline function isLower(c: i32): bool {
  return c >= 0x61 && c <= 0x7a;
}

@inline function isDigit(c: i32): bool {
  return c >= 0x30 && c <= 0x39;
}

/** Finds the first layout element at or after `from` (Go's nextStdChunk); returns its code or STD_NONE. */
export function nextChunk(p: usize, len: i32, from: i32): i32 {
  for (let i = from; i < len; i++) {
    const c = at(p, len, i);
    chunkStart = i;
    let code = STD_NONE;
    let width = 0;
    if (c == 0x4a && hasText(p, len, i, "Jan")) {
      if (hasText(p, len, i, "January")) { code = STD_LONG_MONTH; width = 7; }
      else if (!isLower(at(p, len, i + 3))) { code = STD_MONTH; width = 3; }
    } else if (c == 0x4d) {
      if (hasText(p, len, i, "Mon")) {
        if (hasText(p, len, i, "Monday")) { code = STD_LONG_WEEKDAY; width = 6; }
        else if (!isLower(at(p, len, i + 3))) { code = STD_WEEKDAY; width = 3; }
      }
      if (code == STD_NONE && hasText(p, len, i, "MST")) { code = STD_TZ; width = 3; }
    } else if (c == 0x30) {
      const n = at(p, len, i + 1);
      if (n >= 0x31 && n <= 0x36) {
        code = n == 0x31 ? STD_ZERO_MONTH : n == 0x32 ? STD_ZERO_DAY : n == 0x33 ? STD_ZERO_HOUR12 :
          n == 0x34 ? STD_ZERO_MINUTE : n == 0x35 ? STD_ZERO_SECOND : STD_YEAR;
        width = 2;
      } else if (n == 0x30 && at(p, len, i + 2) == 0x32) { code = STD_ZERO_YEARDAY; width = 3; }
    } else if (c == 0x31) {
      if (at(p, len, i + 1) == 0x35) { code = STD_HOUR; width = 2; } else { code = STD_NUM_MONTH; width = 1; }
    } else if (c == 0x32) {
      if (hasText(p, len, i, "2006")) { code = STD_LONG_YEAR; width = 4; } else { code = STD_DAY; width = 1; }
    } else if (c == 0x5f) {
      if (at(p, len, i + 1) == 0x32) {
        // "_2006" is a literal '_' followed by the year.
        if (hasText(p, len, i + 1, "2006")) { chunkStart = i + 1; code = STD_LONG_YEAR; width = 4; }
        else { code = STD_UNDER_DAY; width = 2; }
      } else if (at(p, len, i + 1) == 0x5f && at(p, len, i + 2) == 0x32) { code = STD_UNDER_YEARDAY; width = 3; }
    } else if (c == 0x33) { code = STD_HOUR12; width = 1; }
    else if (c == 0x34) { code = STD_MINUTE; width = 1; }
    else if (c == 0x35) { code = STD_SECOND; width = 1; }
    else if (c == 0x50 && at(p, len, i + 1) == 0x4d) { code = STD_PM; width = 2; }
    else if (c == 0x70 && at(p, len, i + 1) == 0x6d) { code = STD_LOWER_PM; width = 2; }
    else if (c == 0x2d || c == 0x5a) {
      const iso = c == 0x5a;
      if (hasText(p, len, i + 1, "070000")) { code = iso ? STD_ISO_SECONDS_TZ : STD_NUM_SECONDS_TZ; width = 7; }
      else if (hasText(p, len, i + 1, "07:00:00")) { code = iso ? STD_ISO_COLON_SECONDS_TZ : STD_NUM_COLON_SECONDS_TZ; width = 9; }
      else if (hasText(p, len, i + 1, "0700")) { code = iso ? STD_ISO_TZ : STD_NUM_TZ; width = 5; }
      else if (hasText(p, len, i + 1, "07:00")) { code = iso ? STD_ISO_COLON_TZ : STD_NUM_COLON_TZ; width = 6; }
      else if (hasText(p, len, i + 1, "07")) { code = iso ? STD_ISO_SHORT_TZ : STD_NUM_SHORT_TZ; width = 3; }
    } else if (c == 0x2e || c == 0x2c) {
      const d = at(p, len, i + 1);
      if (d == 0x30 || d == 0x39) {
        let j = i + 1;
        while (at(p, len, j) == d) j++;
        if (!isDigit(at(p, len, j))) { code = d == 0x30 ? STD_FRAC0 : STD_FRAC9; width = j - i; chunkDigits = j - i - 1; }
      }
    }
    if (code != STD_NONE) {
      chunkEnd = chunkStart + width;
      return code;
    }
  }
  chunkStart = len;
  chunkEnd = len;
  return STD_NONE;
}

@unmanaged export class ParsedTime {
  year: i64;
  month: i32;
  day: i32;
  yday: i32;
  hour: i32;
  minute: i32;
  second: i32;
  nsec: i32;
  pm: i32;
  am: i32;
  /** Offset east of UTC in seconds; meaningful when hasOffset. */
  offset: i32;
  hasOffset: i32;
}

// Cursor over the value being parsed.
let vp: usize = 0;
let vlen: i32 = 0;
let vpos: i32 = 0;

@inline function vat(i: i32): i32 {
  return vpos + i < vlen ? <i32>load<u8>(vp + vpos + i) : -1;
}

// Go's skip: layout literal text must match; a space matches one or more spaces.
function skipLiteral(lp: usize, from: i32, to: i32): bool {
  let i = from;
  while (i < to) {
    const c = <i32>load<u8>(lp + i);
    if (c == 0x20) {
      if (vpos < vlen && vat(0) != 0x20) return false;
      while (i < to && load<u8>(lp + i) == 0x20) i++;
      while (vpos < vlen && vat(0) == 0x20) vpos++;
      continue;
    }
    if (vat(0) != c) return false;
    i++;
    vpos++;
  }
  return true;
}

// Reads 1-2 digits (exactly 2 when `fixed`); -1 on error.
function getNum(fixed: bool): i32 {
  if (!isDigit(vat(0))) return -1;
  if (!isDigit(vat(1))) {
    if (fixed) return -1;
    vpos++;
    return vat(-1) - 0x30;
  }
  const n = (vat(0) - 0x30) * 10 + vat(1) - 0x30;
  vpos += 2;
  return n;
}

// Reads 1-3 digits (exactly 3 when `fixed`); -1 on error.
function getNum3(fixed: bool): i32 {
  let n = 0;
  let i = 0;
  while (i < 3 && isDigit(vat(i))) { n = n * 10 + vat(i) - 0x30; i++; }
  if (i == 0 || (fixed && i != 3)) return -1;
  vpos += i;
  return n;
}

// Case-insensitive match of a name list ("January,February,...") at the cursor; returns the 0-based index or -1.
function lookupName(names: string): i32 {
  let index = 0;
  let start = 0;
  for (let i = 0; i <= names.length; i++) {
    if (i < names.length && names.charCodeAt(i) != 0x2c) continue;
    const n = i - start;
    let same = vpos + n <= vlen;
    for (let k = 0; same && k < n; k++) {
      if ((vat(k) | 0x20) != (names.charCodeAt(start + k) | 0x20)) same = false;
    }
    if (same) { vpos += n; return index; }
    index++;
    start = i + 1;
  }
  return -1;
}

export const LONG_MONTHS = "January,February,March,April,May,June,July,August,September,October,November,December";
export const SHORT_MONTHS = "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec";
export const LONG_DAYS = "Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday";
export const SHORT_DAYS = "Sun,Mon,Tue,Wed,Thu,Fri,Sat";

// Reads a fraction ".ddd" of `n` bytes (including the separator) into nanoseconds; -1 on error.
function parseNanos(n: i32): i32 {
  if (vat(0) != 0x2e && vat(0) != 0x2c) return -1;
  let digits = n - 1;
  let ns = 0;
  for (let i = 1; i < n; i++) {
    if (!isDigit(vat(i))) return -1;
    if (i <= 9) ns = ns * 10 + vat(i) - 0x30;
  }
  if (digits > 9) digits = 9;
  for (let i = digits; i < 9; i++) ns *= 10;
  vpos += n;
  return ns;
}

// Numeric zone "+hh", "+hhmm", "+hh:mm", "+hhmmss", "+hh:mm:ss" (by `code`); false on error.
function parseNumericZone(t: ParsedTime, code: i32): bool {
  const sign = vat(0);
  if (sign != 0x2b && sign != 0x2d) return false;
  const colon = code == STD_NUM_COLON_TZ || code == STD_ISO_COLON_TZ || code == STD_NUM_COLON_SECONDS_TZ ||
    code == STD_ISO_COLON_SECONDS_TZ;
  const withMinutes = code != STD_NUM_SHORT_TZ && code != STD_ISO_SHORT_TZ;
  const withSeconds = code == STD_NUM_SECONDS_TZ || code == STD_ISO_SECONDS_TZ || code == STD_NUM_COLON_SECONDS_TZ ||
    code == STD_ISO_COLON_SECONDS_TZ;
  vpos++;
  const hh = getNum(true);
  if (hh < 0) return false;
  let mm = 0;
  let ss = 0;
  if (withMinutes) {
    if (colon) { if (vat(0) != 0x3a) return false; vpos++; }
    mm = getNum(true);
    if (mm < 0) return false;
  }
  if (withSeconds) {
    if (colon) { if (vat(0) != 0x3a) return false; vpos++; }
    ss = getNum(true);
    if (ss < 0) return false;
  }
  if (hh > 24 || mm > 60 || ss > 60) return false;
  const offset = hh * 3600 + mm * 60 + ss;
  t.offset = sign == 0x2d ? -offset : offset;
  t.hasOffset = 1;
  return true;
}

// Zone abbreviation ("MST", "UTC", "GMT+3"); abbreviations other than GMT±n have offset 0, as in Go with UTC.
function parseZoneName(t: ParsedTime): bool {
  if (vat(0) == 0x55 && vat(1) == 0x54 && vat(2) == 0x43) { vpos += 3; t.offset = 0; t.hasOffset = 1; return true; }
  let n = 0;
  while (vat(n) >= 0x41 && vat(n) <= 0x5a) n++;
  if (n < 3) return false;
  const gmt = n == 3 && vat(0) == 0x47 && vat(1) == 0x4d && vat(2) == 0x54;
  vpos += n;
  t.offset = 0;
  t.hasOffset = 1;
  if (gmt && (vat(0) == 0x2b || vat(0) == 0x2d)) {
    const sign = vat(0);
    let hours = 0;
    let digits = 0;
    while (isDigit(vat(1 + digits)) && digits < 2) { hours = hours * 10 + vat(1 + digits) - 0x30; digits++; }
    if (digits == 0 || hours > 24) return false;
    vpos += 1 + digits;
    t.offset = (sign == 0x2d ? -hours : hours) * 3600;
  }
  return true;
}

// Parses one element into `t`; false on error. `next` (the following element) tells a seconds field whether a fraction follows.
function parseElement(t: ParsedTime, code: i32, next: i32): bool {
  let n = 0;
  switch (code) {
    case STD_YEAR:
      n = getNum(true);
      if (n < 0) return false;
      t.year = n >= 69 ? 1900 + n : 2000 + n;
      return true;
    case STD_LONG_YEAR:
      for (let i = 0; i < 4; i++) if (!isDigit(vat(i))) return false;
      t.year = (vat(0) - 0x30) * 1000 + (vat(1) - 0x30) * 100 + (vat(2) - 0x30) * 10 + vat(3) - 0x30;
      vpos += 4;
      return true;
    case STD_MONTH: n = lookupName(SHORT_MONTHS); if (n < 0) return false; t.month = n + 1; return true;
    case STD_LONG_MONTH: n = lookupName(LONG_MONTHS); if (n < 0) return false; t.month = n + 1; return true;
    case STD_NUM_MONTH: case STD_ZERO_MONTH:
      n = getNum(code == STD_ZERO_MONTH);
      if (n < 1 || n > 12) return false;
      t.month = n;
      return true;
    case STD_WEEKDAY: return lookupName(SHORT_DAYS) >= 0;
    case STD_LONG_WEEKDAY: return lookupName(LONG_DAYS) >= 0;
    case STD_DAY: case STD_UNDER_DAY: case STD_ZERO_DAY:
      if (code == STD_UNDER_DAY && vat(0) == 0x20) vpos++;
      n = getNum(code == STD_ZERO_DAY);
      if (n < 0) return false;
      t.day = n;
      return true;
    case STD_UNDER_YEARDAY: case STD_ZERO_YEARDAY:
      for (let i = 0; i < 2 && code == STD_UNDER_YEARDAY && vat(0) == 0x20; i++) vpos++;
      n = getNum3(code == STD_ZERO_YEARDAY);
      if (n < 1 || n > 366) return false;
      t.yday = n;
      return true;
    case STD_HOUR:
      n = getNum(false);
      if (n < 0 || n > 23) return false;
      t.hour = n;
      return true;
    case STD_HOUR12: case STD_ZERO_HOUR12:
      n = getNum(code == STD_ZERO_HOUR12);
      if (n < 0 || n > 12) return false;
      t.hour = n;
      return true;
    case STD_MINUTE: case STD_ZERO_MINUTE:
      n = getNum(code == STD_ZERO_MINUTE);
      if (n < 0 || n > 59) return false;
      t.minute = n;
      return true;
    case STD_SECOND: case STD_ZERO_SECOND:
      n = getNum(code == STD_ZERO_SECOND);
      if (n < 0 || n > 59) return false;
      t.second = n;
      // A fraction in the value with no fraction element next in the layout is still read (Go does the same).
      if ((vat(0) == 0x2e || vat(0) == 0x2c) && isDigit(vat(1)) && next != STD_FRAC0 && next != STD_FRAC9) {
        let k = 2;
        while (isDigit(vat(k))) k++;
        t.nsec = parseNanos(k);
      }
      return true;
    case STD_PM: case STD_LOWER_PM: {
      const a = vat(0), b = vat(1);
      const m = code == STD_PM ? 0x4d : 0x6d;
      if (b != m) return false;
      if (a == (code == STD_PM ? 0x50 : 0x70)) t.pm = 1;
      else if (a == (code == STD_PM ? 0x41 : 0x61)) t.am = 1;
      else return false;
      vpos += 2;
      return true;
    }
    case STD_ISO_TZ: case STD_ISO_SECONDS_TZ: case STD_ISO_SHORT_TZ: case STD_ISO_COLON_TZ: case STD_ISO_COLON_SECONDS_TZ:
      if (vat(0) == 0x5a) { vpos++; t.offset = 0; t.hasOffset = 1; return true; }
      return parseNumericZone(t, code);
    case STD_NUM_TZ: case STD_NUM_SECONDS_TZ: case STD_NUM_SHORT_TZ: case STD_NUM_COLON_TZ: case STD_NUM_COLON_SECONDS_TZ:
      return parseNumericZone(t, code);
    case STD_TZ: return parseZoneName(t);
    case STD_FRAC0: {
      const ns = parseNanos(chunkDigits + 1);
      if (ns < 0) return false;
      t.nsec = ns;
      return true;
    }
    case STD_FRAC9: {
      if ((vat(0) != 0x2e && vat(0) != 0x2c) || !isDigit(vat(1))) return true;
      let k = 1;
      while (isDigit(vat(k))) k++;
      t.nsec = parseNanos(k);
      return true;
    }
  }
  return false;
}

/** Whether the last parseWithLayout produced an in-range result. */
export let parseOk: bool = false;

/** Parses `vlen_` value bytes at `value` with the Go layout at `layout`; returns Unix nanoseconds, sets parseOk. */
export function parseWithLayout(layout: usize, llen: i32, value: usize, vlen_: i32): i64 {
  parseOk = false;
  vp = value;
  vlen = vlen_;
  vpos = 0;
  const t = changetype<ParsedTime>(memory.data(offsetof<ParsedTime>()));
  t.year = 0; t.month = -1; t.day = -1; t.yday = -1; t.hour = 0; t.minute = 0; t.second = 0; t.nsec = 0;
  t.pm = 0; t.am = 0; t.offset = 0; t.hasOffset = 0;
  let pos = 0;
  for (;;) {
    const code = nextChunk(layout, llen, pos);
    const start = chunkStart;
    const end = chunkEnd;
    const digits = chunkDigits;
    if (!skipLiteral(layout, pos, start)) return 0;
    if (code == STD_NONE) break;
    const next = nextChunk(layout, llen, end);
    chunkDigits = digits;
    if (!parseElement(t, code, next)) return 0;
    pos = end;
  }
  if (vpos != vlen) return 0; // extra text
  return toNanos(t);
}

function toNanos(t: ParsedTime): i64 {
  if (t.pm != 0 && t.hour < 12) t.hour += 12;
  else if (t.am != 0 && t.hour == 12) t.hour = 0;
  if (t.yday >= 0) {
    const leap = daysInMonth(t.year, 2) == 29;
    if (t.yday > (leap ? 366 : 365)) return 0;
    let m = 1;
    let left = t.yday;
    while (left > daysInMonth(t.year, m)) { left -= daysInMonth(t.year, m); m++; }
    if ((t.month >= 0 && t.month != m) || (t.day >= 0 && t.day != left)) return 0;
    t.month = m;
    t.day = left;
  } else {
    if (t.month < 0) t.month = 1;
    if (t.day < 0) t.day = 1;
  }
  if (t.day < 1 || t.day > daysInMonth(t.year, t.month)) return 0;
  const days = daysFromCivil(t.year, t.month, t.day);
  const sec = days * SECONDS_PER_DAY + <i64>(t.hour * 3600 + t.minute * 60 + t.second) - <i64>t.offset;
  const ns = secondsToNanos(sec, <i64>t.nsec);
  parseOk = nanosOk;
  return ns;
}

// OPA's named layouts and their Go layouts, in the same order ("|" separates layouts, which contain commas).
// One literal: AssemblyScript would concatenate split literals at run time, allocating a managed string.
const LAYOUT_NAMES = "ANSIC,UnixDate,RubyDate,RFC822,RFC822Z,RFC850,RFC1123,RFC1123Z,RFC3339,RFC3339Nano,Kitchen,Stamp,StampMilli,StampMicro,StampNano,DateTime,DateOnly,TimeOnly";
// One literal: AssemblyScript would concatenate split literals at run time, allocating a managed string.
const LAYOUTS = "Mon Jan _2 15:04:05 2006|Mon Jan _2 15:04:05 MST 2006|Mon Jan 02 15:04:05 -0700 2006|02 Jan 06 15:04 MST|02 Jan 06 15:04 -0700|Monday, 02-Jan-06 15:04:05 MST|Mon, 02 Jan 2006 15:04:05 MST|Mon, 02 Jan 2006 15:04:05 -0700|2006-01-02T15:04:05Z07:00|2006-01-02T15:04:05.999999999Z07:00|3:04PM|Jan _2 15:04:05|Jan _2 15:04:05.000|Jan _2 15:04:05.000000|Jan _2 15:04:05.000000000|2006-01-02 15:04:05|2006-01-02|15:04:05";
const LAYOUT_BUFFER: usize = memory.data(64);

/** Length of the layout last copied by expandLayout into its buffer. */
export let expandedLength: i32 = 0;

/**
 * The layout to parse with for `len` bytes at `layout`: OPA's named layouts ("RFC3339") are replaced by their Go
 * layout (copied to a static buffer), anything else is used as written. Sets expandedLength.
 */
export function expandLayout(layout: usize, len: i32): usize {
  let index = 0;
  let start = 0;
  for (let i = 0; i <= LAYOUT_NAMES.length; i++) {
    if (i < LAYOUT_NAMES.length && LAYOUT_NAMES.charCodeAt(i) != 0x2c) continue;
    if (i - start == len) {
      let same = true;
      for (let k = 0; k < len && same; k++) same = <i32>load<u8>(layout + k) == LAYOUT_NAMES.charCodeAt(start + k);
      if (same) return copyLayout(index);
    }
    index++;
    start = i + 1;
  }
  expandedLength = len;
  return layout;
}

function copyLayout(index: i32): usize {
  let i = 0;
  for (let skipped = 0; skipped < index; i++) if (LAYOUTS.charCodeAt(i) == 0x7c) skipped++;
  let n = 0;
  while (i < LAYOUTS.length && LAYOUTS.charCodeAt(i) != 0x7c) store<u8>(LAYOUT_BUFFER + n++, <u8>LAYOUTS.charCodeAt(i++));
  expandedLength = n;
  return LAYOUT_BUFFER;
}
