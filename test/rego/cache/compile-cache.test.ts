// The compile cache: key stability, hits and misses, corrupt entries recompiled (never trusted), the cache
// directory default, and four processes compiling the same key at once.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';
import { cacheKey, CompileCache, resolveCacheDir, type CacheKeyInput } from '../../../src/rego/cache';

const INPUT: CacheKeyInput = {
  sources: [{ path: 'b.rego', text: 'package b\n' }, { path: 'a.rego', text: 'package a\n' }],
  compilerVersion: '0.1.0',
  options: { entrypoints: ['a/allow'], capabilities: { builtins: [] } },
};

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plangate-cache-'));
}

describe('cache key', () => {
  test('independent of source order and option key order', () => {
    const reordered: CacheKeyInput = {
      sources: [...INPUT.sources].reverse(),
      compilerVersion: '0.1.0',
      options: { capabilities: { builtins: [] }, entrypoints: ['a/allow'] },
    };
    expect(cacheKey(reordered)).toBe(cacheKey(INPUT));
    expect(cacheKey(INPUT)).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each<[string, CacheKeyInput]>([
    ['a source text', { ...INPUT, sources: [{ path: 'a.rego', text: 'package a\n\n' }, INPUT.sources[0]] }],
    ['a source path', { ...INPUT, sources: [{ path: 'c.rego', text: 'package a\n' }, INPUT.sources[0]] }],
    ['the compiler version', { ...INPUT, compilerVersion: '0.1.1' }],
    ['an option', { ...INPUT, options: { entrypoints: ['a/deny'], capabilities: { builtins: [] } } }],
    ['a path/text boundary', { ...INPUT, sources: [{ path: 'a.regop', text: 'ackage a\n' }, INPUT.sources[0]] }],
  ])('changes with %s', (_what, changed) => {
    expect(cacheKey(changed)).not.toBe(cacheKey(INPUT));
  });
});

test('the cache directory: PLANGATE_CACHE_DIR, else .cache/plangate under the working directory', () => {
  expect(resolveCacheDir('/work/project', {})).toBe(join('/work/project', '.cache', 'plangate'));
  expect(resolveCacheDir('/work/project', { PLANGATE_CACHE_DIR: '/tmp/pg' })).toBe('/tmp/pg');
});

describe('hits, misses and corrupt entries', () => {
  const module = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 42]);

  test('a miss compiles and stores; a hit returns the same bytes without compiling', async () => {
    const cache = new CompileCache(tempDir());
    const compile = jest.fn(() => module);
    const first = await cache.getOrCompile(INPUT, compile);
    const second = await cache.getOrCompile(INPUT, compile);
    expect([first.hit, second.hit]).toEqual([false, true]);
    expect(second.bytes).toEqual(module);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(cache.getOrCompileSync({ ...INPUT, compilerVersion: 'other' }, () => module).hit).toBe(false);
  });

  const corruptions: [string, (entry: Buffer, cache: CompileCache) => Buffer][] = [
    ['truncated', (e) => e.subarray(0, e.length - 3)],
    ['payload byte flipped', (e) => { const c = Buffer.from(e); c[c.length - 1] ^= 0xff; return c; }],
    ['bad magic', (e) => { const c = Buffer.from(e); c[0] = 0x58; return c; }],
    ['empty file', () => Buffer.alloc(0)],
    ['another key\'s entry', (_e, cache) => {
      const otherKey = cacheKey({ ...INPUT, compilerVersion: 'x' });
      cache.put(otherKey, module);
      return readFileSync(cache.entryPath(otherKey));
    }],
  ];

  test.each(corruptions)('%s: ignored, recompiled and repaired', async (_what, corrupt) => {
    const cache = new CompileCache(tempDir());
    const key = cacheKey(INPUT);
    cache.put(key, new Uint8Array([9, 9, 9]));
    writeFileSync(cache.entryPath(key), corrupt(readFileSync(cache.entryPath(key)), cache));
    expect(cache.get(key)).toBeUndefined();
    const compile = jest.fn(() => module);
    expect(await cache.getOrCompile(INPUT, compile)).toEqual({ bytes: module, hit: false, key });
    expect(compile).toHaveBeenCalledTimes(1);
    expect(cache.get(key)).toEqual(module);
  });

  test('an unwritable cache directory still compiles', async () => {
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, '');
    const cache = new CompileCache(file);
    expect(await cache.getOrCompile(INPUT, () => module)).toMatchObject({ bytes: module, hit: false });
    expect(cache.put(cacheKey(INPUT), module)).toBe(false);
  });
});

test('four processes compiling the same key at once all succeed with identical bytes', async () => {
  const dir = tempDir();
  const worker = join(dir, 'worker.cjs');
  // The worker compiles a real policy module (fake runtime) through the cache, starting at a shared instant.
  writeFileSync(join(dir, 'worker.ts'), `
import { CompileCache } from ${JSON.stringify(join(__dirname, '../../../src/rego/cache'))};
import { emitPolicyModule } from ${JSON.stringify(join(__dirname, '../../../src/rego/wasm'))};
import { fakeRuntimeBytes } from ${JSON.stringify(join(__dirname, '../../support/fake-runtime'))};
import { block, loc, PolicyBuilder, resultOf } from ${JSON.stringify(join(__dirname, '../../support/ir-builders'))};
const [cacheDir, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt)) { /* barrier */ }
const result = new CompileCache(cacheDir).getOrCompileSync(
  { sources: [{ path: 'p.rego', text: 'package p' }], compilerVersion: 'test' },
  () => {
    const b = new PolicyBuilder();
    b.plan('p', block({ kind: 'DotStmt', source: loc(0), key: b.str('x'), target: 2 }, ...resultOf(b, 2, 3)));
    return emitPolicyModule(b.build(), { runtime: fakeRuntimeBytes() });
  });
process.stdout.write(JSON.stringify({ hit: result.hit, bytes: Buffer.from(result.bytes).toString('base64') }));
`);
  buildSync({ entryPoints: [join(dir, 'worker.ts')], outfile: worker, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  const cacheDir = join(dir, 'cache');
  const startAt = Date.now() + 1500;
  const run = promisify(execFile);
  const outputs = await Promise.all([0, 1, 2, 3].map(() => run(process.execPath, [worker, cacheDir, String(startAt)])));
  const results = outputs.map((o) => JSON.parse(o.stdout) as { hit: boolean; bytes: string });
  expect(new Set(results.map((r) => r.bytes)).size).toBe(1);
  const key = cacheKey({ sources: [{ path: 'p.rego', text: 'package p' }], compilerVersion: 'test' });
  const cache = new CompileCache(cacheDir);
  expect(Buffer.from(cache.get(key)!).toString('base64')).toBe(results[0].bytes);
  // Only the entry remains: every temp file was renamed into place.
  expect(readdirSync(join(cacheDir, key.slice(0, 2)))).toEqual([`${key}.bin`]);
  expect(existsSync(cache.entryPath(key))).toBe(true);
});
