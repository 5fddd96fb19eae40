// crypto.* built-ins through build/runtime.wasm, checked against node:crypto on inputs around block boundaries.
import { createHash, createHmac } from 'node:crypto';
import { Runtime } from './harness';

const rt = new Runtime({ initial: 2 });
const q = (s: string): string => JSON.stringify(s);

const INPUTS = ['', 'lorem ipsum', 'a', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(111),
  'x'.repeat(112), 'x'.repeat(127), 'x'.repeat(128), 'x'.repeat(1000), 'héllo wörld 日本 😀'];

describe('digests match node:crypto', () => {
  test.each([['md5', 'builtin_crypto__md5'], ['sha1', 'builtin_crypto__sha1'], ['sha256', 'builtin_crypto__sha256']])(
    '%s', (alg, exportName) => {
      for (const input of INPUTS) {
        expect(rt.call(exportName, q(input))).toBe(q(createHash(alg).update(input, 'utf8').digest('hex')));
      }
    });

  test('conformance values', () => {
    expect(rt.call('builtin_crypto__md5', '"lorem ipsum"')).toBe('"80a751fde577028640c419000e33eba6"');
    expect(rt.call('builtin_crypto__sha1', '"lorem ipsum"')).toBe('"bfb7759a67daeb65410490b4d98bb9da7d1ea2ce"');
    expect(rt.call('builtin_crypto__sha256', '"lorem ipsum"'))
      .toBe('"5e2bf57d3f40c4b6df69daf1936cb766f832374b4fc0259a7cbff06e2f70f269"');
  });

  test('non-strings are undefined', () => {
    expect(rt.call('builtin_crypto__md5', '1')).toBe('undefined');
  });
});

describe('HMACs match node:crypto', () => {
  const keys = ['', 'key', 'k'.repeat(64), 'k'.repeat(65), 'k'.repeat(200)];
  test.each([['md5', 'builtin_crypto__hmac__md5'], ['sha1', 'builtin_crypto__hmac__sha1'],
    ['sha256', 'builtin_crypto__hmac__sha256'], ['sha512', 'builtin_crypto__hmac__sha512']])('%s', (alg, exportName) => {
    for (const key of keys) {
      for (const input of INPUTS) {
        expect(rt.call(exportName, q(input), q(key))).toBe(q(createHmac(alg, key).update(input, 'utf8').digest('hex')));
      }
    }
  });

  test('crypto.hmac.equal', () => {
    expect(rt.call('builtin_crypto__hmac__equal', '"abc"', '"abc"')).toBe('true');
    expect(rt.call('builtin_crypto__hmac__equal', '"abc"', '"abd"')).toBe('false');
    expect(rt.call('builtin_crypto__hmac__equal', '"abc"', '"ab"')).toBe('false');
    expect(rt.call('builtin_crypto__hmac__equal', '"abc"', '1')).toBe('undefined');
  });
});
