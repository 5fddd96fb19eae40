// regex.globs_match through build/runtime.wasm: the glob-intersection syntax and algorithm OPA uses.
import { Runtime } from './harness';

const rt = new Runtime({ initial: 2 });
const q = (s: string): string => JSON.stringify(s);

describe('regex.globs_match', () => {
  test.each([
    ['a.a.[0-9]+z', '.b.b2359825792*594823z', 'true'],
    ['[a-z]+', '[0-9]*', 'false'],
    ['pqrs]', '[a-b]+', 'undefined'],
    ['b.*', 'bar', 'true'],
    ['b.*', 'baz', 'true'],
    ['b.*', 'xbaz', 'false'],
    ['[a-z]+\\[[0-9]+\\]', 'foo["bar"]', 'false'],
    // Unescaped, "[42]" is a set, so the last tokens (']' and a set) cannot match.
    ['[a-z]+\\[[0-9]+\\]', 'foo[42]', 'false'],
    ['[a-z]+\\[[0-9]+\\]', 'foo\\[42\\]', 'true'],
    ['a*', 'b*', 'false'],
    ['a+', 'a', 'true'],
    ['a+', 'aaa', 'true'],
    ['a+b', 'aab', 'true'],
    ['', '', 'true'],
    ['a', '', 'false'],
    ['.*', 'anything', 'true'],
    ['[abc]', '[cde]', 'true'],
    ['[ab]', '[cd]', 'false'],
    ['[a\\-c]', '-', 'true'],
    ['[a\\-c]', 'b', 'false'],
    ['\\.', '.', 'true'],
    ['\\.', 'x', 'false'],
    ['a*a*b', 'ab', 'true'],
    ['é+', 'éé', 'true'],
    ['[', 'a', 'undefined'],
    ['[a-', 'a', 'undefined'],
    ['[z-a]', 'a', 'undefined'],
    ['[-a]', 'a', 'undefined'],
    ['a\\', 'a', 'undefined'],
    ['*a', 'a', 'undefined'],
    ['a**', 'a', 'undefined'],
    ['a', '+', 'undefined'],
  ])('regex.globs_match(%j, %j) = %s', (a, b, want) => {
    expect(rt.call('builtin_regex__globs_match', q(a), q(b))).toBe(want);
  });

  test('non-strings are undefined', () => {
    expect(rt.call('builtin_regex__globs_match', '1', '"a"')).toBe('undefined');
  });
});
