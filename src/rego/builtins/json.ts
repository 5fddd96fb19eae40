// JSON built-ins, native in the runtime (src/rego/runtime/assembly/builtins-json.ts and builtins-json-edit.ts):
// Go-compatible marshalling, strict unmarshalling and validation, document editing by JSON pointers, and JSON
// Schema validation (builtins-json-schema.ts).
// (yaml.* runs on the host.)
import type { BuiltinTable } from './types';

const S = ['string'] as const;
const O = ['object'] as const;
const PATHS = ['array', 'set'] as const;

/** The JSON family. */
export const JSON_BUILTINS: BuiltinTable = {
  'json.marshal': { args: ['any'], result: S, impl: { kind: 'runtime', export: 'builtin_json__marshal' } },
  'json.marshal_with_options': { args: ['any', O], result: S, impl: { kind: 'runtime', export: 'builtin_json__marshal_with_options' } },
  'json.unmarshal': { args: [S], result: 'any', impl: { kind: 'runtime', export: 'builtin_json__unmarshal' } },
  'json.is_valid': { args: [S], result: ['boolean'], impl: { kind: 'runtime', export: 'builtin_json__is_valid' } },
  'json.filter': { args: [O, PATHS], result: 'any', impl: { kind: 'runtime', export: 'builtin_json__filter' } },
  'json.remove': { args: [O, PATHS], result: 'any', impl: { kind: 'runtime', export: 'builtin_json__remove' } },
  'json.patch': { args: ['any', ['array']], result: 'any', impl: { kind: 'runtime', export: 'builtin_json__patch' } },
  'json.verify_schema': { args: [['string', 'object', 'boolean']], result: ['array'], impl: { kind: 'runtime', export: 'builtin_json__verify_schema' } },
  'json.match_schema': { args: ['any', ['string', 'object', 'boolean']], result: ['array'], impl: { kind: 'runtime', export: 'builtin_json__match_schema' } },
};
