// Type-test built-ins (is_number … is_null, type_name), native in the runtime
// (src/rego/runtime/assembly/builtins-types.ts). The is_* tests return false, never undefined, for other types.
import type { BuiltinTable } from './types';

/** The types family. */
export const VALUE_TYPE_BUILTINS: BuiltinTable = {
  is_number: { args: ['x: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_is_number' } },
  is_string: { args: ['x: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_is_string' } },
  is_boolean: { args: ['x: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_is_boolean' } },
  is_array: { args: ['x: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_is_array' } },
  is_set: { args: ['x: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_is_set' } },
  is_object: { args: ['x: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_is_object' } },
  is_null: { args: ['x: any'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_is_null' } },
  type_name: { args: ['x: any'], result: 'type: string', impl: { kind: 'runtime', export: 'builtin_type_name' } },
};
