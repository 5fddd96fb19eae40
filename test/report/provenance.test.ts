// Reproduction facts: SOURCE_DATE_EPOCH, git commit and ref from GitHub Actions or the work tree, run info.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectRunInfo, gitInfo, reportTimestamp, sha256Hex } from '../../src/report';

const SHA = '0123456789abcdef0123456789abcdef01234567';

test.each([
  [{ SOURCE_DATE_EPOCH: '0' }, '1970-01-01T00:00:00Z'],
  [{ SOURCE_DATE_EPOCH: '1795291200' }, '2026-11-21T20:00:00Z'],
  [{}, '2030-01-02T03:04:05Z'],
  [{ SOURCE_DATE_EPOCH: '' }, '2030-01-02T03:04:05Z'],
])('reportTimestamp(%p) = %s', (env, expected) => {
  expect(reportTimestamp(env, new Date('2030-01-02T03:04:05.678Z'))).toBe(expected);
});

test.each([['-1'], ['1.5'], ['tomorrow']])('SOURCE_DATE_EPOCH=%p is a usage error', (epoch) => {
  expect(() => reportTimestamp({ SOURCE_DATE_EPOCH: epoch })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
});

test('GitHub Actions variables win', () => {
  expect(gitInfo('/', { GITHUB_SHA: SHA, GITHUB_REF: 'refs/pull/7/merge' })).toEqual({ commit: SHA, ref: 'refs/pull/7/merge' });
});

function fakeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-git-'));
  mkdirSync(join(dir, '.git', 'refs', 'heads'), { recursive: true });
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  return dir;
}

test.each([
  ['a loose ref', (git: string) => writeFileSync(join(git, 'refs', 'heads', 'main'), `${SHA}\n`), { commit: SHA, ref: 'refs/heads/main' }],
  ['a packed ref', (git: string) => writeFileSync(join(git, 'packed-refs'), `# pack-refs\n${SHA} refs/heads/main\n`), { commit: SHA, ref: 'refs/heads/main' }],
  ['a detached HEAD', (git: string) => writeFileSync(join(git, 'HEAD'), `${SHA}\n`), { commit: SHA }],
  ['an unborn branch', () => undefined, undefined],
])('the work tree with %s, found from a subdirectory', (_name, setup, expected) => {
  const dir = fakeRepo();
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  setup(join(dir, '.git'));
  expect(gitInfo(join(dir, 'sub', 'deeper'), {})).toEqual(expected);
});

test('a real git repository gives its HEAD commit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-realgit-'));
  const git = (...args: string[]): string => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'trunk');
  writeFileSync(join(dir, 'a'), 'a');
  git('add', 'a');
  git('commit', '-q', '-m', 'a');
  expect(gitInfo(dir, {})).toEqual({ commit: git('rev-parse', 'HEAD'), ref: 'refs/heads/trunk' });
});

test('collectRunInfo hashes the configuration and records the runtime and CI', () => {
  const info = collectRunInfo(
    { cwd: '/', configPath: 'plangate.yaml', configBytes: Buffer.from('failOn: high\n'), failOn: 'high', environment: 'prd', parameters: { a: 1 } },
    { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '42', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: SHA },
  );
  expect(info).toEqual({
    configPath: 'plangate.yaml',
    configDigest: sha256Hex('failOn: high\n'),
    failOn: 'high',
    environment: 'prd',
    parameters: { a: 1 },
    runtime: { node: process.version, os: process.platform, arch: process.arch },
    git: { commit: SHA },
    ci: { provider: 'github-actions', runId: '42', repository: 'o/r' },
  });
});
