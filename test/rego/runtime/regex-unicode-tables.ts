// Renders src/rego/runtime/assembly/regex/unicode-tables.ts (the regex engine's \p{...} range tables) from the
// host JavaScript engine's Unicode data, so the tables are derived rather than typed by hand.

const BASE_CATEGORIES = [
  'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Co', 'Cs',
];
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Thai', 'Georgian',
  'Hangul', 'Hiragana', 'Katakana', 'Han', 'Common', 'Inherited',
];

/** Single-letter categories are unions of their two-letter members (Go's C excludes unassigned Cn). */
const COMPOSITES: Record<string, string[]> = {
  L: ['Lu', 'Ll', 'Lt', 'Lm', 'Lo'],
  M: ['Mn', 'Mc', 'Me'],
  N: ['Nd', 'Nl', 'No'],
  P: ['Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po'],
  S: ['Sm', 'Sc', 'Sk', 'So'],
  Z: ['Zs', 'Zl', 'Zp'],
  C: ['Cc', 'Cf', 'Co', 'Cs'],
};

function codePointRun(from: number, to: number): string {
  const parts: string[] = [];
  for (let c = from; c <= to; c += 4096) {
    const chunk: number[] = [];
    for (let d = c; d <= Math.min(to, c + 4095); d++) chunk.push(d);
    parts.push(String.fromCodePoint(...chunk));
  }
  return parts.join('');
}

// Every code point in order, split around the surrogates so a run of matches is a run of code points.
const PLANES = [codePointRun(0, 0xd7ff), codePointRun(0xe000, 0x10ffff)];

/** The code point ranges matched by a JavaScript `\\p{...}` property expression. */
export function propertyRanges(property: string): Array<[number, number]> {
  if (property === 'Cs') return [[0xd800, 0xdfff]];
  const out: Array<[number, number]> = [];
  for (const text of PLANES) {
    for (const m of text.matchAll(new RegExp(`\\p{${property}}+`, 'gu'))) {
      const run = m[0];
      const lastUnit = run.charCodeAt(run.length - 1);
      // The text has no lone surrogates: a trailing low surrogate ends a pair.
      const last = lastUnit >= 0xdc00 && lastUnit <= 0xdfff ? run.codePointAt(run.length - 2)! : lastUnit;
      const lo = run.codePointAt(0)!;
      if (out.length > 0 && out[out.length - 1][1] + 1 === lo) out[out.length - 1][1] = last;
      else out.push([lo, last]);
    }
  }
  return out;
}

/**
 * Case-fold orbits under simple case folding (what JavaScript's /iu and Go's (?i) use), as runs
 * [lo, hi, step, delta]: for c = lo, lo + step, ... <= hi, the next member of c's orbit is c + delta.
 */
export function foldRuns(): number[] {
  const candidates: number[] = [];
  for (let c = 0; c < 0x110000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if ((lower !== ch && [...lower].length === 1) || (upper !== ch && [...upper].length === 1)) candidates.push(c);
  }
  const extra = new Set<number>();
  for (const c of candidates) {
    const ch = String.fromCodePoint(c);
    for (const t of [ch.toLowerCase(), ch.toUpperCase()]) if ([...t].length === 1) extra.add(t.codePointAt(0)!);
  }
  const all = [...new Set([...candidates, ...extra])].sort((a, b) => a - b);
  const next = new Map<number, number>();
  for (const c of all) {
    const re = new RegExp(`^${String.fromCodePoint(c).replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`, 'iu');
    const orbit = all.filter((d) => re.test(String.fromCodePoint(d)));
    if (orbit.length < 2) continue;
    const i = orbit.indexOf(c);
    next.set(c, orbit[(i + 1) % orbit.length]);
  }
  // Group by delta, then cut each group into arithmetic runs of step 1 or 2; runs may interleave.
  const byDelta = new Map<number, number[]>();
  for (const c of [...next.keys()].sort((a, b) => a - b)) {
    const delta = next.get(c)! - c;
    byDelta.set(delta, [...(byDelta.get(delta) ?? []), c]);
  }
  const runs: number[][] = [];
  for (const [delta, cs] of byDelta) {
    let i = 0;
    while (i < cs.length) {
      let j = i;
      const step = i + 1 < cs.length && (cs[i + 1] - cs[i] === 1 || cs[i + 1] - cs[i] === 2) ? cs[i + 1] - cs[i] : 1;
      while (j + 1 < cs.length && cs[j + 1] - cs[j] === step) j++;
      runs.push([cs[i], cs[j], step, delta]);
      i = j + 1;
    }
  }
  return runs.sort((a, b) => a[0] - b[0]).flat();
}

function chunked(values: number[], perLine: number): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += perLine) lines.push('  ' + values.slice(i, i + perLine).join(', ') + ',');
  return lines.join('\n');
}

/** Unsigned LEB128 bytes of a non-negative integer. */
function varint(n: number, out: number[]): void {
  do {
    const low = n & 0x7f;
    n = Math.floor(n / 128);
    out.push(n > 0 ? low | 0x80 : low);
  } while (n > 0);
}

/** The full text of unicode-tables.ts. */
export function renderUnicodeTables(): string {
  const names: string[] = [];
  const entries: number[] = [];
  const ranges: number[] = [];
  const components: number[] = [];
  const addLeaf = (name: string, property: string): void => {
    const rs = propertyRanges(property);
    entries.push(names.join('').length, name.length, 0, ranges.length, rs.length);
    names.push(name);
    let next = 0;
    for (const [lo, hi] of rs) {
      varint(lo - next, ranges);
      varint(hi - lo, ranges);
      next = hi + 1;
    }
  };
  for (const cat of BASE_CATEGORIES) addLeaf(cat, cat);
  for (const script of SCRIPTS) addLeaf(script, `Script=${script}`);
  for (const [name, members] of Object.entries(COMPOSITES)) {
    entries.push(names.join('').length, name.length, 1, components.length, members.length);
    names.push(name);
    for (const m of members) components.push(BASE_CATEGORIES.indexOf(m));
  }
  const nameBytes = [...Buffer.from(names.join(''), 'ascii')];
  const runs = foldRuns();
  // How far back from the last run starting at or before a rune the run holding it can be (runs interleave).
  let lookback = 0;
  for (let i = 0; i < runs.length; i += 4) {
    let j = i + 4;
    while (j < runs.length && runs[j] <= runs[i + 1]) j += 4;
    lookback = Math.max(lookback, (j - 4 - i) / 4);
  }
  return `// GENERATED by test/rego/runtime/regex-unicode-tables.ts from the JavaScript engine's Unicode data
// (rewrite with UPDATE_GOLDEN=1 npx jest test/rego/runtime/builtins-regex-unicode). Do not edit by hand.
// Tables are LEB128 varints to keep static data small (the heap must start below 128 KiB).
// Entries: [name offset, name length, kind (0 ranges, 1 union of entries), start, count]; a leaf's ranges start
// at byte \`start\` of UNICODE_TABLE_RANGES as \`count\` pairs (gap from the previous range's end + 1, length - 1).

/** Number of named tables. */
export const UNICODE_TABLE_COUNT: i32 = ${entries.length / 5};

/** ASCII names of all tables, concatenated. */
export const UNICODE_TABLE_NAMES: usize = memory.data<u8>([
${chunked(nameBytes, 24)}
]);

/** Five i32 per table, see the header. */
export const UNICODE_TABLE_ENTRIES: usize = memory.data<i32>([
${chunked(entries, 20)}
]);

/** Entry indexes that composite tables unite. */
export const UNICODE_TABLE_COMPONENTS: usize = memory.data<i32>([
${chunked(components, 24)}
]);

/** Number of case-fold runs. */
export const UNICODE_FOLD_COUNT: i32 = ${runs.length / 4};

/** At most this many runs before the last run starting at or below a rune can still hold it. */
export const UNICODE_FOLD_LOOKBACK: i32 = ${lookback};

/**
 * Case-fold runs sorted by lo, four i32 each: [lo, hi, step, delta]. For c = lo, lo + step, ... <= hi, the next
 * member of c's fold orbit is c + delta.
 */
export const UNICODE_FOLD_RUNS: usize = memory.data<i32>([
${chunked(runs, 16)}
]);

/** Range varints of the leaf tables. */
export const UNICODE_TABLE_RANGES: usize = memory.data<u8>([
${chunked(ranges, 24)}
]);
`;
}
