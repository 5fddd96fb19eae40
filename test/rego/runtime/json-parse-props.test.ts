// Property tests of the runtime's JSON parser against V8's: any JSON value (strings with escapes, control
// characters and non-ASCII text at every offset of the eight-byte scan, repeated and duplicate object keys)
// parses to the value JSON.parse gives, as the runtime's dump shows it.
import fc from 'fast-check';
import { Runtime } from './harness';

// Object keys sorted as the runtime iterates them (byte order of UTF-8), to compare with its dump.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0001', 'é', '€', 'a', '𝄞') }));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(fc.oneof(text, fc.constantFrom('id', 'type', 'values')), tie('value'), { maxKeys: 6 }),
})).value;

describe('opa_json_parse agrees with JSON.parse', () => {
  const rt = new Runtime();

  test('on generated documents', () => {
    fc.assert(fc.property(json, fc.nat(9), (value, padding) => {
      const source = `${' '.repeat(padding)}${JSON.stringify(value)}`;
      const addr = rt.parse(source);
      expect(addr).not.toBe(0);
      expect(JSON.parse(rt.dump(addr))).toEqual(canonical(JSON.parse(source)));
    }), { numRuns: 400 });
  });

  test('a duplicate key keeps its last value', () => {
    const addr = rt.parse('[{"type":"a","type":"b"},{"type":"c"}]');
    expect(JSON.parse(rt.dump(addr))).toEqual([{ type: 'b' }, { type: 'c' }]);
  });
});
