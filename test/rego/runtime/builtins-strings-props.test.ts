// Property tests of the string built-ins against small JavaScript models of Go's semantics, on random strings
// over an alphabet that mixes ASCII, multi-byte code points, astral code points and separators.
import fc from 'fast-check';
import { Runtime } from './harness';

const ALPHABET = ['a', 'b', '.', ' ', 'é', 'ß', 'Ж', 'λ', '😀', '\t', '€'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((cs) => cs.join(''));
const nonEmpty = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
const RUNS = { numRuns: 150 };

describe('string built-ins agree with models of Go semantics', () => {
  const rt = new Runtime();
  const lit = (s: string): string => JSON.stringify(s);
  const call = (name: string, ...args: string[]): unknown => JSON.parse(rt.dump(rt.exports[name](...args.map((a) => rt.value(a)))));

  test('contains, startswith, endswith', () => {
    fc.assert(fc.property(text, text, (s, t) => {
      expect(call('builtin_contains', lit(s), lit(t))).toBe(s.includes(t));
      expect(call('builtin_startswith', lit(s), lit(t))).toBe(s.startsWith(t));
      expect(call('builtin_endswith', lit(s), lit(t))).toBe(s.endsWith(t));
    }), RUNS);
  });

  test('indexof counts code points', () => {
    fc.assert(fc.property(text, nonEmpty, (s, t) => {
      const at = s.indexOf(t);
      expect(call('builtin_indexof', lit(s), lit(t))).toBe(at < 0 ? -1 : Array.from(s.slice(0, at)).length);
    }), RUNS);
  });

  test('split with a non-empty separator', () => {
    fc.assert(fc.property(text, nonEmpty, (s, t) => {
      expect(call('builtin_split', lit(s), lit(t))).toEqual(s.split(t));
    }), RUNS);
  });

  test('replace with a non-empty pattern is non-overlapping, left to right', () => {
    fc.assert(fc.property(text, nonEmpty, text, (s, old, rep) => {
      expect(call('builtin_replace', lit(s), lit(old), lit(rep))).toBe(s.split(old).join(rep));
    }), RUNS);
  });

  test('strings.count counts non-overlapping matches', () => {
    fc.assert(fc.property(text, nonEmpty, (s, t) => {
      expect(call('builtin_strings__count', lit(s), lit(t))).toBe(s.split(t).length - 1);
    }), RUNS);
  });

  test('substring and strings.reverse work on code points', () => {
    fc.assert(fc.property(text, fc.nat(14), fc.integer({ min: -1, max: 14 }), (s, start, length) => {
      const runes = Array.from(s);
      const want = length < 0 ? runes.slice(start) : runes.slice(start, start + length);
      expect(call('builtin_substring', lit(s), String(start), String(length))).toBe(want.join(''));
      expect(call('builtin_strings__reverse', lit(s))).toBe(runes.reverse().join(''));
    }), RUNS);
  });

  test('trim family', () => {
    fc.assert(fc.property(text, nonEmpty, (s, cut) => {
      const set = new Set(Array.from(cut));
      const runes = Array.from(s);
      let from = 0;
      let to = runes.length;
      while (from < to && set.has(runes[from])) from++;
      while (to > from && set.has(runes[to - 1])) to--;
      expect(call('builtin_trim', lit(s), lit(cut))).toBe(runes.slice(from, to).join(''));
      expect(call('builtin_trim_space', lit(s))).toBe(s.replace(/^[ \t]+|[ \t]+$/g, ''));
      expect(call('builtin_trim_prefix', lit(s), lit(cut))).toBe(s.startsWith(cut) ? s.slice(cut.length) : s);
    }), RUNS);
  });

  test('lower and upper match Unicode simple case mapping on the alphabet (ß has no simple upper case)', () => {
    fc.assert(fc.property(text, (s) => {
      expect(call('builtin_lower', lit(s))).toBe(s.toLowerCase());
      expect(call('builtin_upper', lit(s))).toBe(Array.from(s).map((c) => (c === 'ß' ? c : c.toUpperCase())).join(''));
    }), RUNS);
  });
});
