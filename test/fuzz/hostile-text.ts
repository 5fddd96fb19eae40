// fast-check generators of what an attacker puts in file names and messages: line breaks (a new line starting
// `::error` is a GitHub workflow command), terminal escapes, NUL, Unicode line separators and bidi overrides,
// percent-encoded breaks, @mentions and #references, markup.
import fc from 'fast-check';

const HOSTILE_PIECES = [
  '\n', '\r', '\r\n', '\t', '\u001b[2J', '\u001b]8;;http://x\u0007', '\u0000', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202e', '\u2066',
  '::error file=README.md,line=1::INJECTED', '::set-output name=verdict::pass', '::add-mask::x', '%0A', '%25', '@octocat', '@org/team', '#1',
  '<script>', '`', '|', '[x](javascript:1)', '"', "'", '\\',
];

/** Control characters, separators and overrides that must never reach a terminal or a CI log raw. */
// eslint-disable-next-line no-control-regex -- matching them is the point
export const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A hostile file name: path-like words mixed with hostile pieces. */
export const hostileFileName: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.stringMatching(/^[a-z0-9._/-]{1,8}$/)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** A hostile message: any text with hostile pieces inside. */
export const hostileMessage: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(''));

/** A manifest quoting `message` in its name and, unquoted, in a broken label: a syntax error around hostile text. */
export function manifestAround(message: string): Buffer {
  return Buffer.from(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${JSON.stringify(message)}\n  labels: {a: ${message}\n`);
}
