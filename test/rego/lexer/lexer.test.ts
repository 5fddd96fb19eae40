// Lexer tests: YAML cases pin every token's kind, text and position (and lexer errors); a few tables
// check decoded string values and comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tokenize } from '../../../src/rego/lexer';

interface LexCase {
  note: string;
  source: string;
  tokens: Array<[string, string, number, number]>;
  errors?: Array<{ message: string; line: number; col: number }>;
  spaces?: number[];
  newlines?: number[];
}

const CASE_KEYS = new Set(['note', 'source', 'tokens', 'errors', 'spaces', 'newlines']);

function loadCases(): LexCase[] {
  const doc = parse(readFileSync(join(__dirname, 'cases', 'tokens.yaml'), 'utf8')) as { cases: LexCase[] };
  for (const c of doc.cases) {
    const unknown = Object.keys(c).filter((k) => !CASE_KEYS.has(k));
    if (unknown.length > 0) throw new Error(`${c.note}: unknown case keys ${unknown.join(', ')}`);
  }
  return doc.cases;
}

describe('tokenize: YAML cases', () => {
  test.each(loadCases().map((c) => [c.note, c] as const))('%s', (_note, c) => {
    const result = tokenize(c.source);
    expect(result.tokens.map((t) => [t.kind, t.text, t.line, t.col])).toEqual(c.tokens);
    expect(result.errors.map((e) => ({ message: e.message, line: e.line, col: e.col }))).toEqual(c.errors ?? []);
    if (c.spaces) expect(result.tokens.flatMap((t, i) => (t.spaceBefore ? [i] : []))).toEqual(c.spaces);
    if (c.newlines) expect(result.tokens.flatMap((t, i) => (t.newlineBefore ? [i] : []))).toEqual(c.newlines);
  });
});

describe('tokenize: string values', () => {
  test.each([
    ['"plain"', 'plain'],
    ['"q\\" b\\\\ s\\/ \\b\\f\\n\\r\\t"', 'q" b\\ s/ \b\f\n\r\t'],
    ['"\\u00e9\\u4E2D"', 'é中'],
    ['"\\ud83d\\ude00"', '😀'],
    ['"\\ud83d alone"', '\uFFFD alone'],
    ['"ünï ✓"', 'ünï ✓'],
    ['`raw \\n kept`', 'raw \\n kept'],
    ['``', ''],
  ])('%s', (source, value) => {
    const [tok] = tokenize(source).tokens;
    expect(tok.kind).toBe('string');
    expect(tok.value).toBe(value);
  });

  test('template parts carry decoded text and whether they end the template', () => {
    const parts = tokenize('$"a\\n{x}\\{b}"').tokens.filter((t) => t.kind === 'template');
    expect(parts.map((t) => [t.value, t.last])).toEqual([['a\n', false], ['{b}', true]]);
  });
});

describe('tokenize: comments', () => {
  test('comments are kept aside with positions; text excludes # and a trailing CR', () => {
    const result = tokenize('a # one\r\n  #two\n#\n');
    expect(result.tokens.map((t) => t.kind)).toEqual(['ident', 'eof']);
    expect(result.comments).toEqual([
      { text: ' one', start: 2, end: 7, line: 1, col: 3 },
      { text: 'two', start: 11, end: 15, line: 2, col: 3 },
      { text: '', start: 16, end: 17, line: 3, col: 1 },
    ]);
  });
});

describe('tokenize: scale', () => {
  test('is linear: 20x the input takes well under 40x the time', () => {
    const unit = 'p contains msg if { some r in input.rs; r.x == "a\\n"; msg := sprintf("%s", [r.name]) } # c\n';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = process.hrtime.bigint();
      tokenize(text);
      return Number(process.hrtime.bigint() - t0);
    };
    time(100);
    const small = Math.min(time(250), time(250));
    const large = Math.min(time(5000), time(5000));
    expect(large / small).toBeLessThan(40);
  });
});
