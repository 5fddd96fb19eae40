// Regex built-ins through build/runtime.wasm: Go/RE2 syntax and semantics (leftmost-first submatches, FindAll
// empty-match rules, ReplaceAllString expansion), RE2's rejections, and linear-time matching.
import { Runtime } from './harness';

const rt = new Runtime({ initial: 2 });
const q = (s: string): string => JSON.stringify(s);

describe('regex.match', () => {
  test.each([
    ['^[a-z]+\\[[0-9]+\\]$', 'foo[1]', 'true'],
    ['^$', '', 'true'],
    ['', 'x', 'true'],
    ['^$', 'something', 'false'],
    ['$^[[[', 'something', 'undefined'],
    ['(?i)HeLLo', 'say hello', 'true'],
    ['(?i)straße', 'STRASSE', 'false'],
    ['\\bfoo\\b', 'a foo b', 'true'],
    ['\\bfoo\\b', 'afoob', 'false'],
    ['\\Bfoo', 'afoo', 'true'],
    ['\\Afoo\\z', 'foo', 'true'],
    ['\\Afoo\\z', 'foo\n', 'false'],
    ['foo$', 'foo\n', 'false'],
    ['(?m)foo$', 'foo\nbar', 'true'],
    ['(?m)^bar', 'foo\nbar', 'true'],
    ['^bar', 'foo\nbar', 'false'],
    ['a.c', 'a\nc', 'false'],
    ['(?s)a.c', 'a\nc', 'true'],
    ['^\\pL+$', 'héllo', 'true'],
    ['^\\p{Greek}+$', 'αβγ', 'true'],
    ['^\\p{Greek}+$', 'abc', 'false'],
    ['^\\PL+$', '123', 'true'],
    ['^\\p{^L}+$', '123', 'true'],
    ['^\\p{Lu}', 'Éa', 'true'],
    ['^\\p{Han}$', '中', 'true'],
    ['^[[:alpha:]]+$', 'abcXYZ', 'true'],
    ['^[[:^digit:]]+$', 'ab', 'true'],
    ['^[[:^digit:]]+$', 'a1', 'false'],
    ['^\\d+\\s\\w+$', '42 is_x', 'true'],
    ['^[^\\d\\s]+$', 'ab', 'true'],
    ['^\\x41\\x{42}\\103$', 'ABC', 'true'],
    ['^\\Qa.b*\\E$', 'a.b*', 'true'],
    ['^\\Qa.b*\\E$', 'axbb', 'false'],
    ['^(?P<year>\\d{4})-(?<month>\\d{2})$', '2024-05', 'true'],
    ['^a{2,3}$', 'aaaa', 'false'],
    ['^a{2,}$', 'aaaa', 'true'],
    ['^a{,2}$', 'a{,2}', 'true'],
    ['^[a-]+$', 'a-a', 'true'],
    ['^[]a]+$', ']a', 'true'],
    ['^.$', '日', 'true'],
    ['^(?i:[a-c])x$', 'Bx', 'true'],
    ['^(?i:[a-c])x$', 'BX', 'false'],
    ['^(?i)k$', '\u212a', 'true'],
    ['^(?i)\u212a$', 'k', 'true'],
    ['^(?i)s$', '\u017f', 'true'],
    ['^(?i)σ+$', 'ΣσςΣ', 'true'],
    ['^(?i)ա$', 'Ա', 'true'],
    ['^(?i)ǆ$', 'ǅ', 'true'],
    ['^(?i)ǆ$', 'Ǆ', 'true'],
    ['^(?i)[a-f]+$', 'ABCdef', 'true'],
    ['^(?i)[^a]$', 'A', 'false'],
    ['^(?i)\\p{Lu}+$', 'abc', 'true'],
    ['^(?i)ß$', 'ẞ', 'true'],
    ['^(?i)i$', 'İ', 'false'],
    ['^(?i)é$', 'É', 'true'],
    ['^[^a]$', '\n', 'true'],
    ['^\\.\\*$', '.*', 'true'],
    ['^(a|b)*c$', 'ababc', 'true'],
  ])('regex.match(%j, %j) = %s', (pattern, value, want) => {
    expect(rt.call('builtin_regex__match', q(pattern), q(value))).toBe(want);
    expect(rt.call('builtin_re_match', q(pattern), q(value))).toBe(want);
  });

  test('non-string arguments are undefined', () => {
    expect(rt.call('builtin_regex__match', '1', '"a"')).toBe('undefined');
    expect(rt.call('builtin_regex__match', '"a"', 'null')).toBe('undefined');
  });
});

describe('regex.is_valid: RE2 syntax and rejections', () => {
  test.each([
    ['.+', true], ['++', false], ['', true], ['a|', true], ['()', true], ['(?:a)', true], ['(?i)a', true],
    ['(?i-s:a)', true], ['(?P<n>a)', true], ['(?<n>a)', true], ['a*?', true], ['a{3}?', true], ['\\p{Greek}', true],
    ['[[:word:]]', true], ['\\0', true], ['\\012', true], ['x{1000}', true],
    ['(?=a)', false], ['(?!a)', false], ['(?<=a)b', false], ['(?<!a)b', false], ['(a)\\1', false], ['\\1', false],
    ['a*+', false], ['a++', false], ['a**', false], ['a{2}{3}', false], ['x{1001}', false], ['x{2,1}', false],
    ['[', false], ['[a', false], ['(', false], [')', false], ['a)', false], ['[z-a]', false], ['\\p{Klingon}', false],
    ['[[:foo:]]', false], ['\\Z', false], ['\\C', false], ['\\e', false], ['(?P<n>a)(?P<n>b)', false], ['(?P<>a)', false],
    ['(?x)a', false], ['(?i', false], ['*a', false], ['\\x{110000}', false], ['\\xZ1', false], ['(?i)*', false],
  ])('%j → %s', (pattern, valid) => {
    expect(rt.call('builtin_regex__is_valid', q(pattern))).toBe(String(valid));
  });

  test('non-strings are not valid patterns', () => {
    expect(rt.call('builtin_regex__is_valid', '10')).toBe('false');
  });
});

describe('regex.find_n', () => {
  test.each([
    ['a.', 'paranormal', -1, '["ar", "an", "al"]'],
    ['a.', 'paranormal', 2, '["ar", "an"]'],
    ['a.', 'paranormal', 0, '[]'],
    ['^a.', 'abacadaeaf', -1, '["ab"]'],
    ['.$', 'abacadaeaf', -1, '["f"]'],
    ['[abcdef]{2}', 'abacadaeaf', -1, '["ab", "ac", "ad", "ae", "af"]'],
    ['bork', 'paranormal', -1, '[]'],
    ['a*', 'baaab', -1, '["", "aaa", ""]'],
    ['', 'abc', -1, '["", "", "", ""]'],
    ['x*', '日本', -1, '["", "", ""]'],
  ])('regex.find_n(%j, %j, %d)', (pattern, value, n, want) => {
    expect(rt.call('builtin_regex__find_n', q(pattern), q(value), String(n))).toBe(want);
  });

  test('a non-integer count is undefined', () => {
    expect(rt.call('builtin_regex__find_n', '"a"', '"a"', '1.5')).toBe('undefined');
  });
});

describe('regex.find_all_string_submatch_n', () => {
  test.each([
    ['a(x*)b', '-', -1, '[]'],
    ['a(x*)b', '-ab-', -1, '[["ab", ""]]'],
    ['a(x*)b', '-axxb-', -1, '[["axxb", "xx"]]'],
    ['a(x*)b', '-ab-axb-', -1, '[["ab", ""], ["axb", "x"]]'],
    ['[^aouiye]([aouiye])([^aouiye])?', 'somestri', -1, '[["som", "o", "m"], ["ri", "i", ""]]'],
    ['[^aouiye]([aouiye])([^aouiye])?', 'somestri', 1, '[["som", "o", "m"]]'],
    ['^.*$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabc', -1, '[["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabc"]]'],
    ['(a|ab)(c|bcd)(d*)', 'abcd', -1, '[["abcd", "a", "bcd", ""]]'],
    ['(a+)(b+)?', 'aaac', -1, '[["aaa", "aaa", ""]]'],
    ['(a*)+', 'b', -1, '[["", ""], ["", ""]]'],
    ['(?U)(a+)(a*)', 'aaa', -1, '[["a", "a", ""], ["a", "a", ""], ["a", "a", ""]]'],
  ])('%j on %j (n=%d)', (pattern, value, n, want) => {
    expect(rt.call('builtin_regex__find_all_string_submatch_n', q(pattern), q(value), String(n))).toBe(want);
  });
});

describe('regex.replace (Go ReplaceAllString)', () => {
  test.each([
    ['-wy-wxxy-', 'w(x*)y', '0', '-0-0-'],
    ['foo', '(foo)', '$1$1', 'foofoo'],
    ['foo', '^[a-z]', 'F', 'Foo'],
    ['foo', '^[a-z]$', 'F', 'foo'],
    ['foo', '^[a-z]+$', 'M', 'M'],
    ['foo', '[a-z]$', 'F', 'foF'],
    ['foo', 'x[a-z]$', 'F', 'foo'],
    ['foo bar', '[a-z]', '_', '___ ___'],
    ['foo barx', '[a-z]{3}', '_', '_ _x'],
    ['foo barx', '[a-z]{2}', '_', '_o __'],
    ['abc', 'x*', '-', '-a-b-c-'],
    ['baaac', 'a*', 'X', 'XbXcX'],
    ['2024-05', '(?P<y>\\d+)-(?P<m>\\d+)', '${m}/${y}', '05/2024'],
    ['2024-05', '(?P<y>\\d+)-(?P<m>\\d+)', '$m/$y', '05/2024'],
    ['ab', '(a)(b)', '$1x', ''],
    ['ab', '(a)(b)', '${1}x', 'ax'],
    ['ab', '(a)(b)', '$$1 $9 $', '$1  $'],
    ['日本語', '本', 'ほん', '日ほん語'],
  ])('regex.replace(%j, %j, %j) = %j', (value, pattern, repl, want) => {
    expect(rt.call('builtin_regex__replace', q(value), q(pattern), q(repl))).toBe(q(want));
  });

  test('a bad pattern is undefined', () => {
    expect(rt.call('builtin_regex__replace', '"foo"', '"["', '"$1"')).toBe('undefined');
  });
});

describe('regex.template_match', () => {
  test.each([
    ['urn:foo:{.*}', 'urn:foo:bar:baz', '{', '}', 'true'],
    ['urn:foo:<.*>', 'urn:foo:bar:baz', '<', '>', 'true'],
    ['urn:foo.{[a-z]+}', 'urn:fooxbar', '{', '}', 'false'],
    ['urn:foo.{[a-z]+}', 'urn:foo.bar', '{', '}', 'true'],
    ['urn:{a}:{b+}', 'urn:a:bbb', '{', '}', 'true'],
    ['urn:{a', 'urn:a', '{', '}', 'undefined'],
    ['urn:{(}', 'urn:(', '{', '}', 'undefined'],
    ['urn:{.*}', 'urn:x', '{{', '}', 'undefined'],
  ])('%j vs %j', (tpl, value, open, close, want) => {
    expect(rt.call('builtin_regex__template_match', q(tpl), q(value), q(open), q(close))).toBe(want);
  });
});

describe('linear-time matching and memory', () => {
  test.each([
    ['(a*)*b', 'a'.repeat(10000)],
    ['(a|aa)*c', 'a'.repeat(10000)],
    ['(x+x+)+y', 'x'.repeat(10000)],
    ['^(\\w+\\s?)*$', 'word '.repeat(2000) + '!'],
  ])('%j on a long input finishes quickly', (pattern, value) => {
    const started = performance.now();
    expect(rt.call('builtin_regex__match', q(pattern), q(value))).toBe('false');
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('repeated calls reclaim the compiler scratch memory', () => {
    const before = rt.exports.opa_heap_ptr_get();
    const pattern = rt.string('^\\p{L}+[0-9]{2,4}$');
    const value = rt.string('abc123');
    const afterSetup = rt.exports.opa_heap_ptr_get();
    for (let i = 0; i < 1000; i++) rt.exports.builtin_regex__match(pattern, value);
    expect(rt.exports.opa_heap_ptr_get() - afterSetup).toBeLessThan(1000 * 16 + 64);
    expect(afterSetup).toBeGreaterThan(before);
  });
});
