// Redaction is copy-on-write: values with nothing sensitive are returned as they are (no clone), and only the path
// to a sensitive value is copied, so the plan's own objects are never modified.
import { REDACTED, hasSensitive, redactSensitive } from '../../../src/inputs/terraform/values';

test('nothing sensitive: the same object comes back', () => {
  const values = { a: 1, b: { c: [1, 2] } };
  expect(redactSensitive(values, {})).toBe(values);
  expect(redactSensitive(values, { b: { c: [false, false] } })).toBe(values);
  expect(redactSensitive(values, false)).toBe(values);
});

test('only the path to a sensitive value is copied; the input is untouched', () => {
  const values = { keep: { x: 1 }, secret: 's', list: [{ token: 't', host: 'h' }, { token: 'u' }] };
  const out = redactSensitive(values, { secret: true, list: [{ token: true }] }) as typeof values;
  expect(out).toEqual({ keep: { x: 1 }, secret: REDACTED, list: [{ token: REDACTED, host: 'h' }, { token: 'u' }] });
  expect(out.keep).toBe(values.keep);
  expect(out.list[1]).toBe(values.list[1]);
  expect(values.secret).toBe('s');
  expect(values.list[0].token).toBe('t');
});

test('a whole value marked sensitive is replaced; null stays null so "not set" is still visible', () => {
  expect(redactSensitive({ a: 1 }, true)).toBe(REDACTED);
  expect(redactSensitive(null, true)).toBeNull();
});

test.each([
  [true, true],
  [{ a: [{ b: true }] }, true],
  [{ a: [{ b: false }], c: {} }, false],
  [false, false],
])('hasSensitive(%j) = %s', (tree, expected) => expect(hasSensitive(tree)).toBe(expected));
