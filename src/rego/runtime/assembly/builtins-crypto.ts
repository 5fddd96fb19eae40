// crypto.* built-ins: hex digests of strings (crypto.md5, crypto.sha1, crypto.sha256), HMACs
// (crypto.hmac.md5/sha1/sha256/sha512, RFC 2104) and crypto.hmac.equal (comparison in constant time).

import { heapPtrGet, heapPtrSet, malloc } from "./alloc";
import { MD5, SHA1, SHA256, SHA512, blockSize, digest, digestSize } from "./builtins-crypto-hash";
import { makeBoolean, makeString, stringBytes, stringLength, valueType, TYPE_STRING } from "./value";

const RAW: usize = memory.data(64);

function hexString(raw: usize, n: i32): usize {
  const out = malloc(<usize>(n * 2));
  for (let i = 0; i < n; i++) {
    const b = <i32>load<u8>(raw + i);
    const hi = b >> 4;
    const lo = b & 15;
    store<u8>(out + (<usize>i << 1), <u8>(hi < 10 ? 0x30 + hi : 0x57 + hi));
    store<u8>(out + (<usize>i << 1) + 1, <u8>(lo < 10 ? 0x30 + lo : 0x57 + lo));
  }
  return makeString(out, <u32>(n * 2));
}

function hexDigest(alg: i32, s: usize): usize {
  if (valueType(s) != TYPE_STRING) return 0;
  digest(alg, stringBytes(s), stringLength(s), RAW);
  return hexString(RAW, digestSize(alg));
}

/** crypto.md5(s): lowercase hex MD5 of the string's bytes. */
export function builtin_crypto__md5(s: usize): usize {
  return hexDigest(MD5, s);
}

/** crypto.sha1(s). */
export function builtin_crypto__sha1(s: usize): usize {
  return hexDigest(SHA1, s);
}

/** crypto.sha256(s). */
export function builtin_crypto__sha256(s: usize): usize {
  return hexDigest(SHA256, s);
}

// HMAC(key, message) into RAW; scratch blocks are dropped afterwards.
function hmac(alg: i32, message: usize, key: usize): usize {
  if (valueType(message) != TYPE_STRING || valueType(key) != TYPE_STRING) return 0;
  const mark = heapPtrGet();
  const block = blockSize(alg);
  const size = digestSize(alg);
  const padded = malloc(<usize>block);
  memory.fill(padded, 0, <usize>block);
  const keyLen = <i32>stringLength(key);
  if (keyLen > block) digest(alg, stringBytes(key), <usize>keyLen, padded);
  else memory.copy(padded, stringBytes(key), <usize>keyLen);
  const msgLen = <usize>stringLength(message);
  const inner = malloc(<usize>block + msgLen);
  for (let i = 0; i < block; i++) store<u8>(inner + i, load<u8>(padded + i) ^ 0x36);
  memory.copy(inner + <usize>block, stringBytes(message), msgLen);
  const outer = malloc(<usize>(block + size));
  for (let i = 0; i < block; i++) store<u8>(outer + i, load<u8>(padded + i) ^ 0x5c);
  digest(alg, inner, <usize>block + msgLen, outer + <usize>block);
  digest(alg, outer, <usize>(block + size), RAW);
  heapPtrSet(mark);
  return hexString(RAW, size);
}

/** crypto.hmac.md5(message, key): hex HMAC-MD5. */
export function builtin_crypto__hmac__md5(message: usize, key: usize): usize {
  return hmac(MD5, message, key);
}

/** crypto.hmac.sha1(message, key). */
export function builtin_crypto__hmac__sha1(message: usize, key: usize): usize {
  return hmac(SHA1, message, key);
}

/** crypto.hmac.sha256(message, key). */
export function builtin_crypto__hmac__sha256(message: usize, key: usize): usize {
  return hmac(SHA256, message, key);
}

/** crypto.hmac.sha512(message, key). */
export function builtin_crypto__hmac__sha512(message: usize, key: usize): usize {
  return hmac(SHA512, message, key);
}

/** crypto.hmac.equal(a, b): byte equality without an early exit (Go's hmac.Equal). */
export function builtin_crypto__hmac__equal(a: usize, b: usize): usize {
  if (valueType(a) != TYPE_STRING || valueType(b) != TYPE_STRING) return 0;
  const n = stringLength(a);
  if (n != stringLength(b)) return makeBoolean(false);
  let diff: u32 = 0;
  for (let i: u32 = 0; i < n; i++) diff |= <u32>(load<u8>(stringBytes(a) + i) ^ load<u8>(stringBytes(b) + i));
  return makeBoolean(diff == 0);
}
