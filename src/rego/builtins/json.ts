// JSON built-ins, native in the runtime (src/rego/runtime/assembly/builtins-json.ts and builtins-json-edit.ts):
// Go-compatible marshalling, strict unmarshalling and validation, document editing by JSON pointers, and JSON
// Schema validation (builtins-json-schema.ts).
// (yaml.* runs on the host.)
import type { BuiltinTable } from './types';

/** The JSON family. */
export const JSON_BUILTINS: BuiltinTable = {
  'json.marshal': { args: ['x: any'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_json__marshal' } },
  'json.marshal_with_options': { args: ['x: any', 'opts: object<indent: string, prefix: string, pretty: boolean>[string: any]'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_json__marshal_with_options' } },
  'json.unmarshal': { args: ['x: string'], result: 'y: any', impl: { kind: 'runtime', export: 'builtin_json__unmarshal' } },
  'json.is_valid': { args: ['x: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_json__is_valid' } },
  'json.filter': { args: ['object: object[any: any]', 'paths: any<array[any<string, array[any]>], set[any<string, array[any]>]>'], result: 'filtered: any', impl: { kind: 'runtime', export: 'builtin_json__filter' } },
  'json.remove': { args: ['object: object[any: any]', 'paths: any<array[any<string, array[any]>], set[any<string, array[any]>]>'], result: 'output: any', impl: { kind: 'runtime', export: 'builtin_json__remove' } },
  'json.patch': { args: ['object: any', 'patches: array[object<op: string, path: any>[any: any]]'], result: 'output: any', impl: { kind: 'runtime', export: 'builtin_json__patch' } },
  'json.verify_schema': { args: ['schema: any<string, object[any: any]>'], result: 'output: array<boolean, any<null, string>>', impl: { kind: 'runtime', export: 'builtin_json__verify_schema' } },
  'json.match_schema': { args: ['document: any<string, object[any: any]>', 'schema: any<string, object[any: any]>'], result: 'output: array<boolean, array[object<desc: string, error: string, field: string, type: string>]>', impl: { kind: 'runtime', export: 'builtin_json__match_schema' } },
};
