// Built-ins OPA deprecated before 1.0: still offered to Rego v0 modules (`opa --v0-compatible`), refused in v1
// modules with OPA's "deprecated built-in function calls in expression" (compiler/check-undefined-funcs.ts).
// The list is OPA's (ast/builtins.go, every built-in marked Deprecated). All run natively in the runtime:
// any/all in builtins-aggregates.ts, re_match in builtins-regex.ts, net.cidr_overlap in builtins-net.ts, the rest
// in builtins-deprecated.ts.
import type { BuiltinTable } from './types';

const runtime = (name: string): { kind: 'runtime'; export: string } => ({ kind: 'runtime', export: name });

/** The deprecated family (v0 only), with OPA's signatures. */
export const DEPRECATED_BUILTINS: BuiltinTable = {
  all: { args: ['any<array[any], set[any]>'], result: 'boolean', impl: runtime('builtin_all') },
  any: { args: ['any<array[any], set[any]>'], result: 'boolean', impl: runtime('builtin_any') },
  re_match: { args: ['pattern: string', 'value: string'], result: 'result: boolean', impl: runtime('builtin_re_match') },
  'net.cidr_overlap': { args: ['cidr: string', 'cidr_or_ip: string'], result: 'result: boolean', impl: runtime('builtin_net__cidr_overlap') },
  set_diff: { args: ['set[any]', 'set[any]'], result: 'set[any]', impl: runtime('builtin_set_diff') },
  cast_array: { args: ['any'], result: 'array[any]', impl: runtime('builtin_cast_array') },
  cast_set: { args: ['any'], result: 'set[any]', impl: runtime('builtin_cast_set') },
  cast_string: { args: ['any'], result: 'string', impl: runtime('builtin_cast_string') },
  cast_boolean: { args: ['any'], result: 'boolean', impl: runtime('builtin_cast_boolean') },
  cast_null: { args: ['any'], result: 'null', impl: runtime('builtin_cast_null') },
  cast_object: { args: ['any'], result: 'object[any: any]', impl: runtime('builtin_cast_object') },
};

/** Whether a built-in is one only Rego v0 offers. */
export function isDeprecatedBuiltin(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(DEPRECATED_BUILTINS, name);
}
