// Hash built-ins, native in the runtime (src/rego/runtime/assembly/builtins-crypto.ts): hex digests and HMACs.
import type { BuiltinTable } from './types';

const S = ['string'] as const;

/** The crypto family. */
export const CRYPTO_BUILTINS: BuiltinTable = {
  'crypto.md5': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_crypto__md5' } },
  'crypto.sha1': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_crypto__sha1' } },
  'crypto.sha256': { args: [S], result: S, impl: { kind: 'runtime', export: 'builtin_crypto__sha256' } },
  'crypto.hmac.md5': { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_crypto__hmac__md5' } },
  'crypto.hmac.sha1': { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_crypto__hmac__sha1' } },
  'crypto.hmac.sha256': { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_crypto__hmac__sha256' } },
  'crypto.hmac.sha512': { args: [S, S], result: S, impl: { kind: 'runtime', export: 'builtin_crypto__hmac__sha512' } },
  'crypto.hmac.equal': { args: [S, S], result: ['boolean'], impl: { kind: 'runtime', export: 'builtin_crypto__hmac__equal' } },
};
