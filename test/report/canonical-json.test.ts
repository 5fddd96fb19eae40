// Canonical JSON (RFC 8785-like): key order by UTF-16 code units, ECMAScript number and string forms.
import { canonicalJson } from '../../src/report';

describe('canonicalJson', () => {
  test.each([
    ['sorted keys, no whitespace', { b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    ['nested objects are sorted too', { z: { y: 1, x: 2 }, a: {} }, '{"a":{},"z":{"x":2,"y":1}}'],
    // U+FB01 (ﬁ) sorts before U+1F600 by code point but after its high surrogate 0xD83D in UTF-16; JCS uses UTF-16.
    ['keys compare by UTF-16 code units', { '\uFB01': 6, '\u{1F600}': 1, '\u20AC': 2, '\r': 3, '1': 4, ö: 5 }, '{"\\r":3,"1":4,"ö":5,"€":2,"😀":1,"ﬁ":6}'],
    ['numbers as ECMAScript writes them', [1e21, 1e-7, 0.1, -0, 100, 5e-324, 1.5e300], '[1e+21,1e-7,0.1,0,100,5e-324,1.5e+300]'],
    ['strings escape only what JSON must', ['"\\\u0000\u001f\u007f</script>'], '["\\"\\\\\\u0000\\u001f\u007f</script>"]'],
    ['undefined members are left out, in arrays they are null', { a: undefined, b: [undefined] }, '{"b":[null]}'],
    ['empty containers', { a: [], b: {} }, '{"a":[],"b":{}}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  test.each([[NaN], [Infinity], [() => 1], [BigInt(1)]])('refuses %p', (bad) => {
    expect(() => canonicalJson({ x: bad })).toThrow(/canonical JSON/);
  });

  test('is independent of the insertion order of keys', () => {
    const a = { one: 1, two: { x: [1, { q: 1, p: 2 }] }, three: 'z' };
    const b = { three: 'z', two: { x: [1, { p: 2, q: 1 }] }, one: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  test('round-trips through JSON.parse', () => {
    const value = { s: 'a\u2028b', n: [1, 2.5, -3], t: true, o: { k: null } };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});
