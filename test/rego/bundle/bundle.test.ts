// OPA bundles: the `opa build -t wasm` layout written byte for byte as OPA does (checked with system tar),
// read back (ours and archives made by GNU tar), and every unsafe archive rejected.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PlangateError } from '../../../src/diagnostics';
import { canonicalBundlePath, readBundle, writeBundle } from '../../../src/rego/bundle';
import { writeTar } from '../../../src/rego/bundle/tar';
import { emitPolicyModule } from '../../../src/rego/wasm';
import { block, loc, PolicyBuilder, resultOf } from '../../support/ir-builders';
import { builtRuntime } from '../../support/wasm-runtime';

const WASM = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plangate-bundle-'));
}

function systemTar(args: string[], cwd?: string): string {
  return execFileSync('tar', args, { encoding: 'utf8', cwd });
}

function rejection(bytes: Uint8Array, limits?: Parameters<typeof readBundle>[1]): string {
  try {
    readBundle(bytes, { name: 'bundle.tar.gz', ...limits });
  } catch (e) {
    expect(e).toBeInstanceOf(PlangateError);
    expect((e as PlangateError).diagnostics[0]).toMatchObject({ code: 'policy_error', location: { file: 'bundle.tar.gz' } });
    return (e as PlangateError).diagnostics[0].message;
  }
  throw new Error('bundle was accepted');
}

describe('writing', () => {
  const bundle = writeBundle({ wasm: WASM, entrypoints: ['example/allow', 'example/deny'], data: { limits: { max: 3 }, html: '<b>&' } });

  test('system tar lists /data.json, /policy.wasm, /.manifest (last), files with mode 0600', () => {
    const file = join(tempDir(), 'bundle.tar.gz');
    writeFileSync(file, bundle);
    expect(systemTar(['-tzf', file]).trim().split('\n')).toEqual(['/data.json', '/policy.wasm', '/.manifest']);
    for (const line of systemTar(['-tvzf', file]).trim().split('\n')) expect(line).toMatch(/^-rw------- /);
  });

  test('manifest and data.json are Go-encoded JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'b.tar.gz'), bundle);
    systemTar(['-xzf', 'b.tar.gz', '/.manifest', '/data.json', '/policy.wasm'], dir);
    expect(readFileSync(join(dir, '.manifest'), 'utf8')).toBe(
      '{"revision":"","roots":[""],"wasm":[{"entrypoint":"example/allow","module":"/policy.wasm"},{"entrypoint":"example/deny","module":"/policy.wasm"}],"rego_version":1}');
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe('{"limits":{"max":3},"html":"\\u003cb\\u003e\\u0026"}\n');
    expect(new Uint8Array(readFileSync(join(dir, 'policy.wasm')))).toEqual(WASM);
  });

  test('the same contents give the same bytes', () => {
    expect(Buffer.from(writeBundle({ wasm: WASM, entrypoints: ['example/allow', 'example/deny'], data: { limits: { max: 3 }, html: '<b>&' } })).equals(Buffer.from(bundle))).toBe(true);
  });

  test('round trip through readBundle', () => {
    const read = readBundle(writeBundle({ wasm: WASM, entrypoints: ['a/b'], modules: [{ path: 'src/a.rego', text: 'package a\n' }] }));
    expect(read.manifest).toEqual({ revision: '', roots: [''], wasm: [{ entrypoint: 'a/b', module: '/policy.wasm' }], rego_version: 1 });
    expect(read.wasm).toEqual([{ path: 'policy.wasm', entrypoints: ['a/b'], bytes: WASM }]);
    expect(read.modules).toEqual([{ path: 'src/a.rego', text: 'package a\n' }]);
    expect(read.data).toEqual({});
  });

  test('long entry names survive (ustar prefix and PAX records), checked by system tar', () => {
    const deep = `/${'d'.repeat(60)}/${'e'.repeat(60)}/rules.rego`;
    const flat = `/${'f'.repeat(130)}.rego`;
    const bytes = writeBundle({ wasm: WASM, entrypoints: ['x'], modules: [{ path: deep, text: 'a' }, { path: flat, text: 'b' }] });
    const file = join(tempDir(), 'long.tar.gz');
    writeFileSync(file, bytes);
    expect(systemTar(['-tzf', file]).trim().split('\n')).toEqual(['/data.json', deep, flat, '/policy.wasm', '/.manifest']);
    expect(readBundle(bytes).modules.map((m) => `/${m.path}`)).toEqual([deep, flat]);
  });
});

describe('reading archives made by other tools', () => {
  test('GNU tar: ./ names, directories, data files in subdirectories mounted at their path', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src', 'teams', 'infra'), { recursive: true });
    writeFileSync(join(dir, 'src', 'data.json'), '{"global":{"on":true}}');
    writeFileSync(join(dir, 'src', 'teams', 'infra', 'data.yaml'), 'owners:\n  - alice\n');
    writeFileSync(join(dir, 'src', 'teams', 'data.yml'), 'count: 2\n');
    writeFileSync(join(dir, 'src', 'policy.wasm'), WASM);
    writeFileSync(join(dir, 'src', '.manifest'), '{"revision":"r1","wasm":[{"entrypoint":"teams/allow","module":"policy.wasm"}]}');
    systemTar(['-czf', join(dir, 'b.tar.gz'), '-C', join(dir, 'src'), '.']);
    const read = readBundle(new Uint8Array(readFileSync(join(dir, 'b.tar.gz'))));
    expect(read.data).toEqual({ global: { on: true }, teams: { count: 2, infra: { owners: ['alice'] } } });
    expect(read.manifest).toEqual({ revision: 'r1', roots: [''], wasm: [{ entrypoint: 'teams/allow', module: 'policy.wasm' }] });
    expect(read.wasm[0].bytes).toEqual(WASM);
  });

  test('an uncompressed tar without a manifest', () => {
    const read = readBundle(writeTar([{ name: 'data.json', data: new TextEncoder().encode('{"a":1}') }]));
    expect(read.data).toEqual({ a: 1 });
    expect(read.wasm).toEqual([]);
  });
});

describe('rejected archives', () => {
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

  test.each(['../evil.json', '/a/../../etc/passwd', 'a//b', 'a\\..\\b', './', 'x/./y'])('path %j', (name) => {
    expect(rejection(gzipSync(writeTar([{ name, data: encode('{}') }])))).toMatch(/unsafe or invalid path/);
  });

  test.each([['a', 'a'], ['/a', 'a'], ['./a/b', 'a/b'], ['//a', 'a']])('canonical path of %j is %j', (name, canonical) => {
    expect(canonicalBundlePath(name)).toBe(canonical);
  });

  test('symbolic links', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'));
    symlinkSync('/etc/passwd', join(dir, 'src', 'data.json'));
    systemTar(['-czf', join(dir, 'b.tar.gz'), '-C', join(dir, 'src'), 'data.json']);
    expect(rejection(new Uint8Array(readFileSync(join(dir, 'b.tar.gz'))))).toMatch(/not a regular file/);
  });

  test('entries over the size limit', () => {
    const bytes = writeBundle({ wasm: new Uint8Array(5000), entrypoints: ['x'] });
    expect(rejection(bytes, { limits: { maxEntries: 10, maxEntryBytes: 4096, maxTotalBytes: 1 << 20 } })).toMatch(/exceeds the limit of 4096/);
  });

  test('a header claiming an absurd size', () => {
    const tar = writeTar([{ name: 'data.json', data: encode('{}') }]);
    tar.set(new TextEncoder().encode('77777777777\0'), 124);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : tar[i];
    tar.set(new TextEncoder().encode(sum.toString(8).padStart(6, '0') + '\0 '), 148);
    expect(rejection(tar)).toMatch(/exceeds the limit/);
  });

  test('a decompression bomb', () => {
    const bomb = gzipSync(new Uint8Array(8 << 20));
    expect(rejection(bomb, { limits: { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 20 } })).toMatch(/cannot decompress/);
  });

  test('a corrupted header checksum', () => {
    const tar = writeTar([{ name: 'data.json', data: encode('{}') }]);
    tar[0] = 'D'.charCodeAt(0);
    expect(rejection(tar)).toMatch(/checksum mismatch/);
  });

  test('a manifest naming a missing module, and conflicting data', () => {
    const manifest = encode('{"wasm":[{"entrypoint":"x","module":"/missing.wasm"}]}');
    expect(rejection(writeTar([{ name: '/.manifest', data: manifest }]))).toMatch(/does not contain/);
    const conflict = writeTar([{ name: 'data.json', data: encode('{"a":{"b":1}}') }, { name: 'a/b/data.json', data: encode('2') }]);
    expect(rejection(conflict)).toMatch(/conflicting data at a\/b/);
  });
});

const runtime = builtRuntime();
(runtime ? test : test.skip)('a compiled policy evaluates from its bundle with the bundle data', async () => {
  const b = new PolicyBuilder();
  b.plan('limits/max', block({ kind: 'DotStmt', source: loc(1), key: b.str('limits'), target: 2 }, { kind: 'DotStmt', source: loc(2), key: b.str('max'), target: 3 }, ...resultOf(b, 3, 4)));
  const bundle = readBundle(writeBundle({ wasm: emitPolicyModule(b.build(), { runtime }), entrypoints: ['limits/max'], data: { limits: { max: 7 } } }));
  const policy = await loadPolicy(bundle.wasm[0].bytes);
  policy.setData(bundle.data);
  expect(policy.evaluate({}, bundle.wasm[0].entrypoints[0])).toEqual([{ result: 7 }]);
});
