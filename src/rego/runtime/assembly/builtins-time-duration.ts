// Go's time.ParseDuration for time.parse_duration_ns: a sign, then one or more decimal numbers with optional
// fractions, each followed by a unit (ns, us, µs, μs, ms, s, m, h); "0" alone is zero. Overflow is an error.

/** Whether the last parseDuration succeeded. */
export let durationOk: bool = false;

const LIMIT: u64 = 0x8000000000000000; // 1 << 63

// Nanoseconds per unit for the `len` unit bytes at `p`, or 0 for an unknown unit.
function unitNanos(p: usize, len: i32): u64 {
  const c0 = len > 0 ? <i32>load<u8>(p) : 0;
  const c1 = len > 1 ? <i32>load<u8>(p + 1) : 0;
  if (len == 1) {
    if (c0 == 0x73) return 1000000000;
    if (c0 == 0x6d) return 60000000000;
    if (c0 == 0x68) return 3600000000000;
    return 0;
  }
  if (len == 2 && c1 == 0x73) {
    if (c0 == 0x6e) return 1;
    if (c0 == 0x75) return 1000;
    if (c0 == 0x6d) return 1000000;
    return 0;
  }
  // µs (U+00B5) and μs (U+03BC).
  if (len == 3 && <i32>load<u8>(p + 2) == 0x73 && ((c0 == 0xc2 && c1 == 0xb5) || (c0 == 0xce && c1 == 0xbc))) return 1000;
  return 0;
}

@inline function isDigit(c: i32): bool {
  return c >= 0x30 && c <= 0x39;
}

/** Parses `len` bytes at `p` as a Go duration; returns nanoseconds and sets durationOk. */
export function parseDuration(p: usize, len: i32): i64 {
  durationOk = false;
  let i = 0;
  let neg = false;
  if (len > 0 && (load<u8>(p) == 0x2d || load<u8>(p) == 0x2b)) {
    neg = load<u8>(p) == 0x2d;
    i++;
  }
  if (len - i == 1 && load<u8>(p + i) == 0x30) { durationOk = true; return 0; }
  if (i == len) return 0;
  let total: u64 = 0;
  while (i < len) {
    const c = <i32>load<u8>(p + i);
    if (!(c == 0x2e || isDigit(c))) return 0;
    let v: u64 = 0;
    const intStart = i;
    while (i < len && isDigit(<i32>load<u8>(p + i))) {
      if (v > (LIMIT - 1) / 10) return 0;
      v = v * 10 + <u64>(load<u8>(p + i) - 0x30);
      if (v > LIMIT) return 0;
      i++;
    }
    const pre = i != intStart;
    let f: u64 = 0;
    let scale: f64 = 1;
    let post = false;
    if (i < len && load<u8>(p + i) == 0x2e) {
      i++;
      const fracStart = i;
      let overflow = false;
      while (i < len && isDigit(<i32>load<u8>(p + i))) {
        if (!overflow) {
          if (f > (LIMIT - 1) / 10) overflow = true;
          else {
            f = f * 10 + <u64>(load<u8>(p + i) - 0x30);
            scale *= 10;
          }
        }
        i++;
      }
      post = i != fracStart;
    }
    if (!pre && !post) return 0;
    const unitStart = i;
    while (i < len && load<u8>(p + i) != 0x2e && !isDigit(<i32>load<u8>(p + i))) i++;
    const unit = unitNanos(p + unitStart, i - unitStart);
    if (unit == 0) return 0;
    if (v > LIMIT / unit) return 0;
    v *= unit;
    if (f > 0) {
      v += <u64>(<f64>f * (<f64>unit / scale));
      if (v > LIMIT) return 0;
    }
    total += v;
    if (total > LIMIT) return 0;
  }
  if (neg) { durationOk = true; return -<i64>total; }
  if (total > LIMIT - 1) return 0;
  durationOk = true;
  return <i64>total;
}
