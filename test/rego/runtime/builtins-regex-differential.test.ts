// Differential check of the regex engine against JavaScript's RegExp on the syntax both share: for patterns
// without nullable repeated groups, a backtracking engine's first match (position and groups) is exactly
// Go's leftmost-first match, so the first submatch found by the Pike VM must agree.
import fc from 'fast-check';
import { Runtime } from './harness';

const rt = new Runtime({ initial: 4 });

// Patterns over a small alphabet. Repeated parts are never nullable and hold no capturing groups: JS and Go
// differ on empty iterations, and JS clears a repeated group's captures on each iteration where Go keeps them.
const uncaptured = (x: string): string => x.replace(/\((?!\?)/g, '(?:');
const atom: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '.', '[ab]', '[^a]', '\\d', '\\w', '[a-c]'),
);
const nonNullable = (depth: number): fc.Arbitrary<string> => depth <= 0 ? atom : fc.oneof(
  atom,
  fc.tuple(nonNullable(depth - 1), nonNullable(depth - 1)).map(([x, y]) => `${x}${y}`),
  fc.tuple(nonNullable(depth - 1), nonNullable(depth - 1)).map(([x, y]) => `(${x}|${y})`),
  nonNullable(depth - 1).map((x) => `(${x})`),
  fc.tuple(nonNullable(depth - 1), fc.constantFrom('+', '+?', '{2}', '{1,3}', '{2,}?')).map(([x, q]) => `(?:${uncaptured(x)})${q}`),
);
const piece = (depth: number): fc.Arbitrary<string> => fc.oneof(
  nonNullable(depth),
  fc.tuple(nonNullable(depth), fc.constantFrom('*', '?', '*?', '??', '{0,2}')).map(([x, q]) => `(${uncaptured(x)})${q}`),
  fc.constantFrom('^', '$', '\\b', '\\B'),
);
const pattern = fc.tuple(fc.constantFrom('', '(?i)'), fc.array(piece(2), { minLength: 1, maxLength: 4 }))
  .map(([flags, ps]) => flags + ps.join(''));
const subject = fc.stringMatching(/^[abcAB1 ]{0,12}$/);

function jsFirstMatch(p: string, s: string): string {
  const m = (p.startsWith('(?i)') ? new RegExp(p.slice(4), 'iu') : new RegExp(p, 'u')).exec(s);
  if (!m) return '[]';
  return JSON.stringify([[...m].map((g) => g ?? '')]);
}

test('first submatch agrees with JavaScript RegExp', () => {
  fc.assert(fc.property(pattern, subject, (p, s) => {
    const got = rt.dump(rt.exports.builtin_regex__find_all_string_submatch_n(rt.string(p), rt.string(s), rt.value('1')));
    expect([p, s, JSON.parse(got)]).toEqual([p, s, JSON.parse(jsFirstMatch(p, s))]);
  }), { numRuns: 2000, seed: 20261121 });
});
