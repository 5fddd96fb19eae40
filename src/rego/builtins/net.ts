// CIDR built-ins, native in the runtime (src/rego/runtime/assembly/builtins-net.ts); net.lookup_ip_addr is a host
// built-in (host.ts). The deprecated net.cidr_overlap (v0 only) is declared in deprecated.ts.
import type { BuiltinTable } from './types';

/** The net family. */
export const NET_BUILTINS: BuiltinTable = {
  'net.cidr_contains': { args: ['cidr: string', 'cidr_or_ip: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_net__cidr_contains' } },
  'net.cidr_intersects': { args: ['cidr1: string', 'cidr2: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_net__cidr_intersects' } },
  'net.cidr_is_valid': { args: ['cidr: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_net__cidr_is_valid' } },
  'net.cidr_expand': { args: ['cidr: string'], result: 'hosts: set[string]', impl: { kind: 'runtime', export: 'builtin_net__cidr_expand' } },
  'net.cidr_merge': { args: ['addrs: any<array[any<string>], set[string]>'], result: 'output: set[string]', impl: { kind: 'runtime', export: 'builtin_net__cidr_merge' } },
  'net.cidr_contains_matches': {
    args: ['cidrs: any<string, array[any<string, array[any]>], object[string: any<string, array[any]>], set[any<string, array[any]>]>', 'cidrs_or_ips: any<string, array[any<string, array[any]>], object[string: any<string, array[any]>], set[any<string, array[any]>]>'], result: 'output: set[array<any, any>]', impl: { kind: 'runtime', export: 'builtin_net__cidr_contains_matches' },
  },
};
