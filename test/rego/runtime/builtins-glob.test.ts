// glob.match / glob.quote_meta through build/runtime.wasm: gobwas/glob semantics as OPA uses them.
import { Runtime } from './harness';

const rt = new Runtime({ initial: 2 });
const q = (s: string): string => JSON.stringify(s);

describe('glob.match', () => {
  test.each([
    ['*.github.com', '["."]', 'api.github.com', 'true'],
    ['*.github.com', '["."]', 'api.cdn.github.com', 'false'],
    ['*.github.com', '["."]', 'api.example.com', 'false'],
    ['api.**.com', '["."]', 'api.github.com', 'true'],
    ['api.**.com', '["."]', 'api.cdn.github.com', 'true'],
    ['*:github:com', '[":"]', 'api:github:com', 'true'],
    ['[abc]at', '[]', 'cat', 'true'],
    ['[abc]at', '[]', 'fat', 'false'],
    ['[!abc]at', '[]', 'fat', 'true'],
    ['[!abc]at', '[]', 'cat', 'false'],
    ['[a-c]at', '[]', 'fat', 'false'],
    ['[a-c]at', '[]', 'bat', 'true'],
    ['[!a-c]at', '[]', 'bat', 'false'],
    ['[!a-c]at', '[]', 'fat', 'true'],
    ['?at', '[]', 'fat', 'true'],
    ['?at', '["f"]', 'bat', 'true'],
    ['?at', '["f"]', 'fat', 'false'],
    ['{cat,bat,[fr]at}', '[]', 'cat', 'true'],
    ['{cat,bat,[fr]at}', '[]', 'bat', 'true'],
    ['{cat,bat,[fr]at}', '[]', 'rat', 'true'],
    ['{cat,bat,[fr]at}', '[]', 'at', 'false'],
    ['*', '["."]', 'foo', 'true'],
    ['*', '[]', 'foo', 'true'],
    ['*', '[]', 'foo.bar', 'false'],
    ['*', 'null', 'foo.bar', 'true'],
    ['foo*', 'null', 'foo.bar', 'true'],
    ['*', '[]', '', 'true'],
    ['', '[]', '', 'true'],
    ['', '[]', 'a', 'false'],
    ['a\\*b', '[]', 'a*b', 'true'],
    ['a\\*b', '[]', 'axb', 'false'],
    ['a.b', '[]', 'a.b', 'true'],
    ['a.b', '[]', 'axb', 'false'],
    ['a(b)+', '[]', 'a(b)+', 'true'],
    ['{a,b{c,d}}x', '[]', 'bdx', 'true'],
    ['{a,b{c,d}}x', '[]', 'bx', 'false'],
    ['*/*.tf', '["/"]', 'modules/main.tf', 'true'],
    ['*/*.tf', '["/"]', 'a/b/main.tf', 'false'],
    ['**/*.tf', '["/"]', 'a/b/main.tf', 'true'],
    ['?', '[]', '日', 'true'],
    ['[日本]語', '[]', '本語', 'true'],
    ['a,b', '[]', 'a,b', 'true'],
    ['[!]x', '[]', 'zx', 'true'],
    ['[a', '[]', 'a', 'undefined'],
    ['{a,b', '[]', 'a', 'undefined'],
    ['[a-cd]', '[]', 'a', 'undefined'],
    ['a\\', '[]', 'a', 'undefined'],
    ['*', '["ab"]', 'x', 'undefined'],
    ['*', '[1]', 'x', 'undefined'],
    ['*', '"."', 'x', 'undefined'],
    ['*', '[]', '1', 'true'],
  ])('glob.match(%j, %s, %j) = %s', (pattern, delimiters, value, want) => {
    expect(rt.call('builtin_glob__match', q(pattern), delimiters, q(value))).toBe(want);
  });

  test('non-string value is undefined', () => {
    expect(rt.call('builtin_glob__match', '"*"', '[]', '1')).toBe('undefined');
  });

  test('no backtracking blow-up', () => {
    const started = performance.now();
    expect(rt.call('builtin_glob__match', q('*a*a*a*a*a*a*a*b'), 'null', q('a'.repeat(5000)))).toBe('false');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('glob.quote_meta', () => {
  test.each([
    ['*.github.com', '\\*.github.com'],
    ['[a]{b,c}?\\', '\\[a\\]\\{b,c\\}\\?\\\\'],
    ['plain', 'plain'],
  ])('%j', (input, want) => {
    expect(rt.call('builtin_glob__quote_meta', q(input))).toBe(q(want));
  });
});
