// Regex built-ins over the in-module RE2-syntax engine (regex/): regex.match, re_match, regex.is_valid,
// regex.find_n, regex.find_all_string_submatch_n, regex.replace and regex.template_match. Invalid patterns and
// wrong argument types give undefined (0). Compiler scratch memory is reclaimed after each call.

import { intOperand, intOperandOk } from "./builtins-values";
import { malloc } from "./alloc";
import { expansionLength, parseTemplate, writeExpansion } from "./regex/expand";
import { Prog } from "./regex/prog";
import { collectMatches, compileRegex, newMatchList, reclaim, reclaimKeeping, regexMatches, scratchMark } from "./regex/search";
import { decodeRune, widthOf } from "./regex/utf8";
import { buildTemplatePattern } from "./regex/template";
import { vmSearch } from "./regex/vm";
import { IntVec, vecPush } from "./regex/vec";
import {
  TYPE_STRING, arrayAppend, makeArray, makeBoolean, makeString, stringBytes, stringLength, valueType,
} from "./value";

@inline function isStr(v: usize): bool {
  return valueType(v) == TYPE_STRING;
}

@inline function progOf(pattern: usize): Prog {
  return compileRegex(stringBytes(pattern), <i32>stringLength(pattern));
}

/** regex.is_valid(pattern): false for non-strings and patterns RE2 rejects. */
export function builtin_regex__is_valid(pattern: usize): usize {
  if (!isStr(pattern)) return makeBoolean(false);
  const mark = scratchMark();
  const valid = changetype<usize>(progOf(pattern)) != 0;
  reclaim(mark);
  return makeBoolean(valid);
}

function matchValue(pattern: usize, value: usize): usize {
  if (!isStr(pattern) || !isStr(value)) return 0;
  const mark = scratchMark();
  const prog = progOf(pattern);
  let result = -1;
  if (changetype<usize>(prog) != 0) result = regexMatches(prog, stringBytes(value), <i32>stringLength(value)) ? 1 : 0;
  reclaim(mark);
  return result < 0 ? 0 : makeBoolean(result == 1);
}

/** regex.match(pattern, value). */
export function builtin_regex__match(pattern: usize, value: usize): usize {
  return matchValue(pattern, value);
}

/** re_match(pattern, value): the deprecated name of regex.match. */
export function builtin_re_match(pattern: usize, value: usize): usize {
  return matchValue(pattern, value);
}

// Results of findMatches besides the positions: the match count and the i32 slots per match.
let matchesFound: i32 = 0;
let matchSlots: i32 = 0;

// Runs collectMatches and reclaims the compiler's scratch; returns the address of the kept positions, or 0 for
// bad arguments or an invalid pattern.
function findMatches(pattern: usize, value: usize, limitValue: usize, withGroups: bool): usize {
  if (!isStr(pattern) || !isStr(value)) return 0;
  const limit = intOperand(limitValue);
  if (!intOperandOk) return 0;
  const mark = scratchMark();
  const prog = progOf(pattern);
  if (changetype<usize>(prog) == 0) {
    reclaim(mark);
    return 0;
  }
  matchSlots = withGroups ? prog.ncap << 1 : 2;
  const out = newMatchList();
  const cappedLimit = limit < 0 ? -1 : (limit > 0x7fffffff ? 0x7fffffff : <i32>limit);
  matchesFound = collectMatches(prog, stringBytes(value), <i32>stringLength(value), cappedLimit, matchSlots, out);
  return reclaimKeeping(mark, out);
}

/** regex.find_n(pattern, value, n): up to n (all when negative) matched substrings. */
export function builtin_regex__find_n(pattern: usize, value: usize, n: usize): usize {
  const positions = findMatches(pattern, value, n, false);
  if (positions == 0) return 0;
  const found = matchesFound;
  const result = makeArray(<u32>found);
  const bytes = stringBytes(value);
  for (let i = 0; i < found; i++) {
    const from = load<i32>(positions + (<usize>i << 3));
    const to = load<i32>(positions + (<usize>i << 3), 4);
    arrayAppend(result, makeString(bytes + <usize>from, <u32>(to - from)));
  }
  return result;
}

/** regex.find_all_string_submatch_n(pattern, value, n): per match, the match and its groups ("" if unset). */
export function builtin_regex__find_all_string_submatch_n(pattern: usize, value: usize, n: usize): usize {
  const positions = findMatches(pattern, value, n, true);
  if (positions == 0) return 0;
  const found = matchesFound;
  const slots = matchSlots;
  const result = makeArray(<u32>found);
  const bytes = stringBytes(value);
  for (let i = 0; i < found; i++) {
    const caps = positions + (<usize>(i * slots) << 2);
    const groups = makeArray(<u32>(slots >> 1));
    for (let g = 0; g < slots; g += 2) {
      const from = load<i32>(caps + (<usize>g << 2));
      const to = load<i32>(caps + (<usize>g << 2), 4);
      arrayAppend(groups, from < 0 ? makeString(bytes, 0) : makeString(bytes + <usize>from, <u32>(to - from)));
    }
    arrayAppend(result, groups);
  }
  return result;
}

// Go's ReplaceAllString loop: records, per match, [insert?, caps...] into `out`; returns the match count.
function replaceMatches(prog: Prog, input: usize, len: i32, out: IntVec): i32 {
  const slots = prog.ncap << 1;
  let lastEnd = 0;
  let searchPos = 0;
  let count = 0;
  while (searchPos <= len) {
    if (!vmSearch(prog, input, len, searchPos)) break;
    const caps = prog.matchCaps;
    const a0 = load<i32>(caps);
    const a1 = load<i32>(caps, 4);
    // No replacement for an empty match right after the previous one (it would replace twice).
    vecPush(out, a1 > lastEnd || a0 == 0 ? 1 : 0);
    for (let i = 0; i < slots; i++) vecPush(out, load<i32>(caps + (<usize>i << 2)));
    count++;
    lastEnd = a1;
    const width = searchPos < len ? widthOf(decodeRune(input, len, searchPos)) : 0;
    if (searchPos + width > a1) searchPos += width;
    else if (searchPos + 1 > a1) searchPos++;
    else searchPos = a1;
  }
  return count;
}

/** regex.replace(value, pattern, replacement): Go's ReplaceAllString with $1 / ${name} expansion. */
export function builtin_regex__replace(value: usize, pattern: usize, replacement: usize): usize {
  if (!isStr(value) || !isStr(pattern) || !isStr(replacement)) return 0;
  const input = stringBytes(value);
  const len = <i32>stringLength(value);
  const tpl = stringBytes(replacement);
  const mark = scratchMark();
  const prog = progOf(pattern);
  if (changetype<usize>(prog) == 0) {
    reclaim(mark);
    return 0;
  }
  const slots = prog.ncap << 1;
  const segs = parseTemplate(prog, tpl, <i32>stringLength(replacement));
  const nsegs = segs.len / 3;
  // Keep [nsegs, segments..., matches...] past the reclaim.
  const keep = newMatchList();
  vecPush(keep, nsegs);
  for (let i = 0; i < segs.len; i++) vecPush(keep, load<i32>(segs.data + (<usize>i << 2)));
  const count = replaceMatches(prog, input, len, keep);
  const kept = reclaimKeeping(mark, keep);
  const segsAt = kept + 4;
  const matchesAt = segsAt + <usize>nsegs * 12;
  const stride = <usize>(slots + 1) << 2;
  let total = 0;
  let lastEnd = 0;
  for (let i = 0; i < count; i++) {
    const m = matchesAt + <usize>i * stride;
    total += load<i32>(m, 4) - lastEnd;
    if (load<i32>(m) != 0) total += expansionLength(segsAt, nsegs, m + 4);
    lastEnd = load<i32>(m, 8);
  }
  total += len - lastEnd;
  const outBytes = malloc(<usize>total);
  let at = outBytes;
  lastEnd = 0;
  for (let i = 0; i < count; i++) {
    const m = matchesAt + <usize>i * stride;
    const a0 = load<i32>(m, 4);
    memory.copy(at, input + <usize>lastEnd, <usize>(a0 - lastEnd));
    at += <usize>(a0 - lastEnd);
    if (load<i32>(m) != 0) at = writeExpansion(at, segsAt, nsegs, m + 4, tpl, input);
    lastEnd = load<i32>(m, 8);
  }
  memory.copy(at, input + <usize>lastEnd, <usize>(len - lastEnd));
  return makeString(outBytes, <u32>total);
}

/** regex.template_match(template, value, start, end): the template with {regex} parts must match all of value. */
export function builtin_regex__template_match(template: usize, value: usize, start: usize, end: usize): usize {
  if (!isStr(template) || !isStr(value) || !isStr(start) || !isStr(end)) return 0;
  if (stringLength(start) != 1 || stringLength(end) != 1) return 0;
  const mark = scratchMark();
  const pattern = buildTemplatePattern(stringBytes(template), <i32>stringLength(template),
    load<u8>(stringBytes(start)), load<u8>(stringBytes(end)));
  let result = -1;
  if (changetype<usize>(pattern) != 0) {
    const prog = compileRegex(pattern.data, pattern.len);
    if (changetype<usize>(prog) != 0) result = regexMatches(prog, stringBytes(value), <i32>stringLength(value)) ? 1 : 0;
  }
  reclaim(mark);
  return result < 0 ? 0 : makeBoolean(result == 1);
}
