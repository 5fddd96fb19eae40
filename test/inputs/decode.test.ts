// Byte decoding: BOMs, UTF-16 both ways, and refusals with a reason and a line.
import { decodeInput, firstInvalidUtf8 } from '../../src/inputs/decode';

const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return b;
};

test.each([
  ['plain UTF-8', Buffer.from('a: 1\n'), 'a: 1\n', 'utf-8'],
  ['UTF-8 BOM', Buffer.from('\ufeffa: é\n', 'utf8'), 'a: é\n', 'utf-8-bom'],
  ['UTF-16 LE BOM', Buffer.from('\ufeffa: é\r\n', 'utf16le'), 'a: é\r\n', 'utf-16le'],
  ['UTF-16 BE BOM', utf16be('\ufeffa: é\r\n'), 'a: é\r\n', 'utf-16be'],
])('%s', (_name, bytes, text, encoding) => expect(decodeInput(bytes, 'f')).toEqual({ ok: true, text, encoding }));

test.each([
  ['empty', Buffer.alloc(0), /file is empty/, undefined],
  ['whitespace only', Buffer.from(' \n\n'), /file is empty/, undefined],
  ['NUL bytes', Buffer.from('a\nb\n\0'), /binary file/, 3],
  ['invalid UTF-8', Buffer.from([0x61, 0x0a, 0xc3, 0x28]), /invalid UTF-8 \(byte 0xc3 at offset 2\)/, 2],
  ['odd UTF-16', Buffer.from([0xff, 0xfe, 0x61]), /odd number of bytes/, undefined],
  ['a saved plan (zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /terraform show -json PLANFILE/, undefined],
])('%s is refused', (_name, bytes, reason, line) => {
  const result = decodeInput(bytes, 'f');
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.diagnostic.message).toMatch(reason);
    expect(result.diagnostic.location).toEqual(line === undefined ? { file: 'f' } : { file: 'f', line });
  }
});

test.each([
  [[0xe2, 0x82], 0],
  [[0x61, 0xed, 0xa0, 0x80], 1], // a UTF-16 surrogate encoded in UTF-8
  [[0x61, 0xf0, 0x9f, 0x98, 0x80, 0xff], 5],
])('firstInvalidUtf8(%j) = %i', (bytes, expected) => expect(firstInvalidUtf8(Buffer.from(bytes))).toBe(expected));
