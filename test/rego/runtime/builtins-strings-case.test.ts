// Case mapping of lower/upper: the generated range table stays in step with its generator (golden file), and
// the runtime maps every code point as Unicode's simple case mapping does (checked against the JavaScript
// engine for every code point whose full mapping is a single code point, plus the simple-only exceptions).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Runtime } from './harness';
import { renderCaseTables } from './strings-case-tables';

const TABLES = join(__dirname, '../../../src/rego/runtime/assembly/builtins-strings-case-tables.ts');

test('the case tables match the generator output', () => {
  const rendered = renderCaseTables();
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(TABLES, rendered);
  expect(readFileSync(TABLES, 'utf8')).toBe(rendered);
});

describe('lower and upper over all of Unicode', () => {
  const rt = new Runtime();
  const apply = (fn: string, s: string): string => JSON.parse(rt.dump(rt.exports[fn](rt.string(s)))) as string;

  // Every code point of planes 0 and 1 (where all cased letters are; surrogates excluded) whose JavaScript
  // mapping is one code point, with that mapping.
  const singles = (map: (s: string) => string): [string, string] => {
    const from: string[] = [];
    const to: string[] = [];
    for (let c = 0; c <= 0x1ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const mapped = map(ch);
      if (Array.from(mapped).length !== 1) continue;
      from.push(ch);
      to.push(mapped);
    }
    return [from.join(''), to.join('')];
  };

  test('lower', () => {
    const [from, to] = singles((s) => s.toLowerCase());
    expect(apply('builtin_lower', from)).toBe(to);
  });

  test('upper', () => {
    const [from, to] = singles((s) => s.toUpperCase());
    expect(apply('builtin_upper', from)).toBe(to);
  });

  test.each([
    ['builtin_lower', 'İ', 'i'],
    ['builtin_upper', 'ß', 'ß'],
    ['builtin_upper', 'ᾳῃῳᾀ', 'ᾼῌῼᾈ'],
    ['builtin_upper', 'ŉ', 'ŉ'],
    ['builtin_upper', 'ﬁ', 'ﬁ'],
    ['builtin_lower', 'ǅ', 'ǆ'],
    ['builtin_upper', 'ǅ', 'Ǆ'],
    ['builtin_lower', 'ᏣᎳᎩ', 'ꮳꮃꭹ'],
    ['builtin_lower', 'ᲐᲑᲒ', 'აბგ'],
    ['builtin_upper', 'ɐɑɒ', 'ⱯⱭⱰ'],
    ['builtin_lower', '𐐀𞤀', '𐐨𞤢'],
  ])('%s(%s) = %s (simple mappings only)', (fn, input, want) => {
    expect(apply(fn, input)).toBe(want);
  });
});
