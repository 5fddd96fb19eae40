// Encoding built-ins, native in the runtime (src/rego/runtime/assembly/builtins-encoding.ts and
// builtins-uri.ts): base64, base64url, hex, URL query strings and URI parsing, as Go's codecs behave.
import type { BuiltinTable } from './types';

/** The encoding family. */
export const ENCODING_BUILTINS: BuiltinTable = {
  'base64.encode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_base64__encode' } },
  'base64.decode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_base64__decode' } },
  'base64.is_valid': { args: ['x: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_base64__is_valid' } },
  'base64url.encode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_base64url__encode' } },
  'base64url.encode_no_pad': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_base64url__encode_no_pad' } },
  'base64url.decode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_base64url__decode' } },
  'hex.encode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_hex__encode' } },
  'hex.decode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_hex__decode' } },
  'urlquery.encode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_urlquery__encode' } },
  'urlquery.decode': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_urlquery__decode' } },
  'urlquery.encode_object': { args: ['object: object[string: any<string, array[string], set[string]>]'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_urlquery__encode_object' } },
  'urlquery.decode_object': { args: ['x: string'], result: 'object: object[string: array[string]]', impl: { kind: 'runtime', export: 'builtin_urlquery__decode_object' } },
  'uri.parse': { args: ['x: string'], result: 'output: object[string: any]', impl: { kind: 'runtime', export: 'builtin_uri__parse' } },
  'uri.is_valid': { args: ['x: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_uri__is_valid' } },
};
