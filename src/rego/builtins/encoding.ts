// Encoding built-ins, native in the runtime (src/rego/runtime/assembly/builtins-encoding.ts and
// builtins-uri.ts): base64, base64url, hex, URL query strings and URI parsing, as Go's codecs behave.
import type { BuiltinTable } from './types';

const S = ['string'] as const;
const B = ['boolean'] as const;

/** The encoding family. */
export const ENCODING_BUILTINS: BuiltinTable = {
  'base64.encode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_base64__encode' } },
  'base64.decode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_base64__decode' } },
  'base64.is_valid': { args: [S], result: B, impl: { kind: 'runtime', export: 'builtin_base64__is_valid' } },
  'base64url.encode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_base64url__encode' } },
  'base64url.encode_no_pad': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_base64url__encode_no_pad' } },
  'base64url.decode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_base64url__decode' } },
  'hex.encode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_hex__encode' } },
  'hex.decode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_hex__decode' } },
  'urlquery.encode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_urlquery__encode' } },
  'urlquery.decode': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_urlquery__decode' } },
  'urlquery.encode_object': { args: [['object']], result: S, impl: { kind: 'runtime', export: 'builtin_urlquery__encode_object' } },
  'urlquery.decode_object': { args: [S], result: ['object'], impl: { kind: 'runtime', export: 'builtin_urlquery__decode_object' } },
  'uri.parse': { args: [S], result: ['object'], impl: { kind: 'runtime', export: 'builtin_uri__parse' } },
  'uri.is_valid': { args: [S], result: B, impl: { kind: 'runtime', export: 'builtin_uri__is_valid' } },
};
