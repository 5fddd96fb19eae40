// CIDR built-ins, native in the runtime (src/rego/runtime/assembly/builtins-net.ts); net.lookup_ip_addr is a host
// built-in (host.ts). The deprecated net.cidr_overlap (v0 only) is declared in deprecated.ts.
import type { BuiltinTable } from './types';

const S = ['string'] as const;
const B = ['boolean'] as const;
const SET = ['set'] as const;
const CIDR_COLLECTION = ['string', 'array', 'set', 'object'] as const;

/** The net family. */
export const NET_BUILTINS: BuiltinTable = {
  'net.cidr_contains': { args: [S, S], result: B, impl: { kind: 'runtime', export: 'builtin_net__cidr_contains' } },
  'net.cidr_intersects': { args: [S, S], result: B, impl: { kind: 'runtime', export: 'builtin_net__cidr_intersects' } },
  'net.cidr_is_valid': { args: [S], result: B, impl: { kind: 'runtime', export: 'builtin_net__cidr_is_valid' } },
  'net.cidr_expand': { args: [S], result: SET, impl: { kind: 'runtime', export: 'builtin_net__cidr_expand' } },
  'net.cidr_merge': { args: [['array', 'set']], result: SET, impl: { kind: 'runtime', export: 'builtin_net__cidr_merge' } },
  'net.cidr_contains_matches': {
    args: [CIDR_COLLECTION, CIDR_COLLECTION], result: SET, impl: { kind: 'runtime', export: 'builtin_net__cidr_contains_matches' },
  },
};
