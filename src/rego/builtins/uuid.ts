// UUID parsing, native in the runtime (src/rego/runtime/assembly/builtins-uuid.ts); uuid.rfc4122 is a host
// built-in (host.ts).
import type { BuiltinTable } from './types';

/** The uuid family. */
export const UUID_BUILTINS: BuiltinTable = {
  'uuid.parse': { args: ['uuid: string'], result: 'result: object[string: any]', impl: { kind: 'runtime', export: 'builtin_uuid__parse' } },
};
