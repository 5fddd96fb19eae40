// Built-ins that run on the host through opa_builtinN: those @open-policy-agent/opa-wasm implements in JS
// (regex.split, yaml.*) and those plangate's engine supplies (host-implementations.ts) or leaves to the
// embedder. Clock, randomness and network access are marked nondeterministic for the policy sandbox.
import type { BuiltinTable } from './types';

const HOST = { kind: 'host' } as const;

/** Host-dispatched built-ins. */
export const HOST_BUILTINS: BuiltinTable = {
  'regex.split': { args: ['pattern: string', 'value: string'], result: 'output: array[string]', impl: HOST },
  'yaml.marshal': { args: ['x: any'], result: 'y: string', impl: HOST },
  'yaml.unmarshal': { args: ['x: string'], result: 'y: any', impl: HOST },
  'yaml.is_valid': { args: ['x: string'], result: 'result: boolean', impl: HOST },
  'time.now_ns': { args: [], result: 'now: number', impl: HOST, nondeterministic: true },
  'uuid.rfc4122': { args: ['k: string'], result: 'output: string', impl: HOST, nondeterministic: true },
  'rand.intn': { args: ['str: string', 'n: number'], result: 'y: number', impl: HOST, nondeterministic: true },
  'http.send': { args: ['request: object[string: any]'], result: 'response: object[any: any]', impl: HOST, nondeterministic: true },
  'net.lookup_ip_addr': { args: ['name: string'], result: 'addrs: set[string]', impl: HOST, nondeterministic: true },
  'opa.runtime': { args: [], result: 'output: object[string: any]', impl: HOST, nondeterministic: true },
  trace: { args: ['note: string'], result: 'result: boolean', impl: HOST },
};
