// Canonical JSON (RFC 8785-like): key order by UTF-16 code units, ECMAScript number and string forms.
import fc from 'fast-check';
import { canonicalJson } from '../../src/report';
import { canonicalJsonPieces } from '../../src/report/canonical-json';

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

/** The writer canonicalJson replaced (one piece at a time, keys sorted per object): the reference it must equal. */
function referenceCanonicalJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('not JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => referenceCanonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${referenceCanonicalJson(obj[k])}`).join(',')}}`;
  }
  throw new Error('not JSON');
}

describe('canonicalJson equals the piece-by-piece writer', () => {
  // Keys that stress the ordering: array-index-like keys, __proto__, surrogates, and ordinary words.
  const key = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('0', '1', '10', '9', '01', '4294967294', '4294967295', '-1', '__proto__', 'toJSON', 'a', 'B', '\uD83D', '\u{1F600}'),
    fc.nat().map(String),
  );
  const leaf = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.string({ unit: 'binary' }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constant(-0),
    fc.constant(undefined),
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 6 }),
    object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  }));

  test('on random values', () => {
    fc.assert(
      fc.property(value, (v) => {
        // A bare undefined is no JSON; both writers refuse it.
        if (v === undefined) return;
        expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['index keys inside an array of plain objects', [{ b: 1, a: 2 }, { '10': 1, '9': 2, x: { z: 1, y: 2 } }]],
    ['a __proto__ member', JSON.parse('{"__proto__":{"b":1,"a":2},"z":0}')],
    ['a toJSON member that is data', { toJSON: 1, a: new Date(0) }],
  ])('%s', (_name, v) => {
    expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
  });

  test('errors name the path of the bad value, with or without index keys around it', () => {
    expect(() => canonicalJson({ a: [{ b: NaN }] })).toThrow('cannot write NaN at $.a[0].b as canonical JSON');
    expect(() => canonicalJson({ '1': 0, a: [{ b: NaN }] })).toThrow('cannot write NaN at $.a[0].b as canonical JSON');
  });
});

describe('canonicalJsonPieces', () => {
  test.each([
    ['a long array', Array.from({ length: 2500 }, (_, i) => ({ z: i, a: [i, undefined], s: 'é😀' }))],
    ['a long array with index keys in one batch', Array.from({ length: 30 }, (_, i) => (i === 17 ? { '2': 1, '10': 2 } : { b: i, a: null }))],
    ['an array with holes', [1, undefined, { b: 2, a: 1 }, undefined]],
    ['an object', { b: [1, 2, 3], a: 'x' }],
    ['a short array', [3, 2, 1]],
  ])('%s joins to canonicalJson', (_name, value) => {
    expect([...canonicalJsonPieces(value, 7)].join('')).toBe(canonicalJson(value));
  });

  test('a long array comes in several pieces', () => {
    expect([...canonicalJsonPieces(Array.from({ length: 20 }, (_, i) => i), 7)]).toEqual(['[', '0,1,2,3,4,5,6', ',7,8,9,10,11,12,13', ',14,15,16,17,18,19', ']']);
  });

  test('errors name the item by its index in the whole array', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ n: i === 15 ? NaN : i }));
    expect(() => [...canonicalJsonPieces(items, 7)]).toThrow('cannot write NaN at $[15].n as canonical JSON');
    expect(() => canonicalJson(items)).toThrow('cannot write NaN at $[15].n as canonical JSON');
  });
});
