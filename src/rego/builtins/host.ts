// Built-ins that run on the host through opa_builtinN: those @open-policy-agent/opa-wasm implements in JS
// (sprintf, whose common formats the runtime does itself, regex.split, yaml.*) and those plangate's engine supplies (host-implementations.ts) or leaves to the
// embedder. Clock, randomness and network access are marked nondeterministic for the policy sandbox.
import type { BuiltinTable } from './types';

const S = ['string'] as const;
const N = ['number'] as const;
const B = ['boolean'] as const;
const HOST = { kind: 'host' } as const;

/** Host-dispatched built-ins. */
export const HOST_BUILTINS: BuiltinTable = {
  sprintf: { args: [S, ['array']], result: S, impl: { kind: 'runtime', export: 'builtin_sprintf', hostFallback: true } },
  'regex.split': { args: [S, S], result: ['array'], impl: HOST },
  'yaml.marshal': { args: ['any'], result: S, impl: HOST },
  'yaml.unmarshal': { args: [S], result: 'any', impl: HOST },
  'yaml.is_valid': { args: ['any'], result: B, impl: HOST },
  'time.now_ns': { args: [], result: N, impl: HOST, nondeterministic: true },
  'uuid.rfc4122': { args: [S], result: S, impl: HOST, nondeterministic: true },
  'rand.intn': { args: [S, N], result: N, impl: HOST, nondeterministic: true },
  'http.send': { args: [['object']], result: ['object'], impl: HOST, nondeterministic: true },
  'net.lookup_ip_addr': { args: [S], result: ['set'], impl: HOST, nondeterministic: true },
  'opa.runtime': { args: [], result: ['object'], impl: HOST, nondeterministic: true },
  trace: { args: [S], result: B, impl: HOST },
};
