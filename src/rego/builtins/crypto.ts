// Hash built-ins, native in the runtime (src/rego/runtime/assembly/builtins-crypto.ts): hex digests and HMACs.
import type { BuiltinTable } from './types';

/** The crypto family. */
export const CRYPTO_BUILTINS: BuiltinTable = {
  'crypto.md5': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_crypto__md5' } },
  'crypto.sha1': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_crypto__sha1' } },
  'crypto.sha256': { args: ['x: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_crypto__sha256' } },
  'crypto.hmac.md5': { args: ['x: string', 'key: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_crypto__hmac__md5' } },
  'crypto.hmac.sha1': { args: ['x: string', 'key: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_crypto__hmac__sha1' } },
  'crypto.hmac.sha256': { args: ['x: string', 'key: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_crypto__hmac__sha256' } },
  'crypto.hmac.sha512': { args: ['x: string', 'key: string'], result: 'y: string', impl: { kind: 'runtime', export: 'builtin_crypto__hmac__sha512' } },
  'crypto.hmac.equal': { args: ['mac1: string', 'mac2: string'], result: 'result: boolean', impl: { kind: 'runtime', export: 'builtin_crypto__hmac__equal' } },
};
