// The committed bundle is what the sources build: scripts/build-action.mjs --check rebuilds action/ in memory and
// compares bytes (bundle, worker, schemas, runtime, library, package.json); a stale file fails with its name.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './action-process';

jest.setTimeout(120_000);

function buildCheck(): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, 'scripts', 'build-action.mjs'), '--check'], { cwd: REPO_ROOT }, (err, _stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

describe('action/ bundle', () => {
  test('is up to date with the sources and built assets (run npm run build:action and commit action/ when this fails)', async () => {
    const result = await buildCheck();
    expect(result.stderr).toContain('build-action: up to date');
    expect(result.code).toBe(0);
  });

  test('is its own plangate package root, at the package version', () => {
    const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const action = JSON.parse(readFileSync(join(REPO_ROOT, 'action', 'package.json'), 'utf8')) as { name: string; version: string };
    expect(action).toMatchObject({ name: 'plangate', version: root.version });
  });

  test('carries no absolute path of the machine that built it', () => {
    const bundle = readFileSync(join(REPO_ROOT, 'action', 'dist', 'index.js'), 'utf8');
    expect(bundle.includes(REPO_ROOT)).toBe(false);
  });
});
