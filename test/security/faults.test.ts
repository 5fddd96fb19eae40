// Faults end to end: an unwritable output directory, standard output on a full disk (/dev/full), a missing
// policy file and corrupt compile-cache entries each give a clear one-line error and the documented exit code,
// never a stack trace, never a success status or a report claiming success.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BIN, diagnosticLines, REPO, runCli, scratchDir, STACK_TRACE } from './cli';

const POLICY = 'test/cli/fixtures/policies/replicas.rego';
const ENV = { SOURCE_DATE_EPOCH: '1790000000' };

const scratch = scratchDir('faults');
afterAll(() => scratch.remove());

describe('faults', () => {
  test('an output directory that cannot be created: io_error naming it, exit 3, no report', async () => {
    const blocker = join(scratch.dir, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const out = join(blocker, 'reports');
    const run = await runCli(['check', 'fixtures/demo', '-f', 'json,html', '-o', out]);
    expect(run.status).toBe(3);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(diagnosticLines(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^${out}: io_error: cannot create output directory: ENOTDIR`))]);
  });

  test('standard output on a full disk (/dev/full): io_error, exit 3, no stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [BIN, 'check', 'fixtures/demo'], { cwd: REPO, stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      expect(status).toBe(3);
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(diagnosticLines(stderr)).toEqual(['<stdout>: io_error: cannot write the output (ENOSPC)']);
    } finally {
      closeSync(full);
    }
  });

  test('a missing policy file: policy_error naming it, exit 4, report verdict error', async () => {
    const out = join(scratch.dir, 'missing');
    const missing = join(scratch.dir, 'nowhere.rego');
    const run = await runCli(['check', 'fixtures/demo', '-p', missing, '-f', 'json', '-o', out]);
    expect(run.status).toBe(4);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(diagnosticLines(run.stderr)).toEqual([`${missing}: policy_error: policy path not found`]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { verdict: string };
    expect(report.verdict).toBe('error');
  });

  test('corrupt compile-cache entries are detected and recompiled: same report as with a clean cache', async () => {
    const cacheDir = join(scratch.dir, 'cache');
    const env = { ...ENV, PLANGATE_CACHE_DIR: cacheDir };
    const first = await runCli(['check', 'fixtures/demo', '-p', POLICY, '-f', 'json', '-o', join(scratch.dir, 'clean')], { env });
    expect(first.status).toBe(1);
    const entries = readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.bin'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const file = join(cacheDir, entry);
      const bytes = readFileSync(file);
      bytes[bytes.length - 10] ^= 0xff; // a flipped bit deep in the module
      writeFileSync(file, bytes);
    }
    const second = await runCli(['check', 'fixtures/demo', '-p', POLICY, '-f', 'json', '-o', join(scratch.dir, 'corrupt')], { env });
    expect(second.status).toBe(1);
    expect(second.stderr).not.toMatch(STACK_TRACE);
    expect(diagnosticLines(second.stderr)).toEqual([]);
    expect(readFileSync(join(scratch.dir, 'corrupt', 'report.json'), 'utf8')).toBe(readFileSync(join(scratch.dir, 'clean', 'report.json'), 'utf8'));
    expect(existsSync(cacheDir)).toBe(true);
  });
});
