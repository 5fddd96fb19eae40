// Atomic output under interruption: the CLI's signal handlers remove pending temporary files; 50 runs killed at
// random moments with SIGINT, SIGTERM or SIGKILL never leave a half-written report or a corrupt cache entry;
// four checks sharing one cache directory all succeed with identical reports.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyReport } from '../../src/report';
import { CompileCache } from '../../src/rego/cache';
import { BIN, REPO, runCli, scratchDir } from './cli';

const POLICY = 'test/cli/fixtures/policies/replicas.rego';
const ENV = { SOURCE_DATE_EPOCH: '1790000000', NO_COLOR: '1' };
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGKILL'];

const scratch = scratchDir('atomic');
afterAll(() => scratch.remove());

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function expectIntactReport(dir: string): void {
  const file = join(dir, 'report.json');
  if (!existsSync(file)) return;
  const outcome = verifyReport(JSON.parse(readFileSync(file, 'utf8')));
  expect(outcome.problems).toEqual([]);
}

function expectValidCache(cacheDir: string): void {
  const cache = new CompileCache(cacheDir);
  for (const file of filesBelow(cacheDir).filter((f) => f.endsWith('.bin'))) {
    const key = file.slice(file.lastIndexOf('/') + 1, -'.bin'.length);
    expect({ file, valid: cache.get(key) !== undefined }).toEqual({ file, valid: true });
  }
}

/** Starts a check and kills it with `signal` after `delayMs`; resolves once it is gone. */
function killedCheck(out: string, cacheDir: string, signal: NodeJS.Signals, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'check', 'fixtures/demo', '-p', POLICY, '-f', 'json,html,sarif', '-o', out], {
    cwd: REPO,
    env: { ...process.env, ...ENV, PLANGATE_CACHE_DIR: cacheDir },
    stdio: 'ignore',
  });
  const timer = setTimeout(() => child.kill(signal), delayMs);
  return new Promise((resolve) => child.on('close', () => {
    clearTimeout(timer);
    resolve();
  }));
}

describe('atomic output', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes pending temporary files and exits %d', async (signal, status) => {
    const temp = join(scratch.dir, `.report.json.${signal}.tmp`);
    writeFileSync(temp, '{"half": ');
    // The CLI's own handlers, in a process that is "between write and rename" for as long as the test wants.
    const script = `
      const { trackTempFile } = require(${JSON.stringify(join(REPO, 'dist', 'temp-files.js'))});
      const { installProcessGuards } = require(${JSON.stringify(join(REPO, 'dist', 'cli', 'process-guards.js'))});
      trackTempFile(${JSON.stringify(temp)});
      installProcessGuards();
      process.stdout.write('ready\\n');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(status);
    expect(existsSync(temp)).toBe(false);
  });

  test('50 runs killed at random moments leave only whole, verifying reports and valid cache entries', async () => {
    const out = join(scratch.dir, 'killed-out');
    const cacheDir = join(scratch.dir, 'killed-cache');
    let seed = 20261121;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 50; run++) {
      // Every fifth run starts from an empty cache, so cache writes are interrupted too.
      if (run % 5 === 0) rmSync(cacheDir, { recursive: true, force: true });
      const signal = SIGNALS[run % SIGNALS.length];
      await killedCheck(out, cacheDir, signal, Math.floor(random() * 3000));
      expectIntactReport(out);
      expectValidCache(cacheDir);
      if (signal !== 'SIGKILL') {
        expect({ run, signal, temps: [...filesBelow(out), ...filesBelow(cacheDir)].filter((f) => f.endsWith('.tmp')) }).toEqual({ run, signal, temps: [] });
      }
    }
    // Whatever the interruptions left, a last run over the same directories succeeds.
    const final = await runCli(['check', 'fixtures/demo', '-p', POLICY, '-f', 'json', '-o', out], { env: { ...ENV, PLANGATE_CACHE_DIR: cacheDir } });
    expect(final.status).toBe(1);
    expectIntactReport(out);
  }, 300_000);

  test('four checks at once on one empty cache directory all succeed with identical reports', async () => {
    const cacheDir = join(scratch.dir, 'shared-cache');
    mkdirSync(cacheDir, { recursive: true });
    const outs = [0, 1, 2, 3].map((i) => join(scratch.dir, `parallel-${i}`));
    const runs = await Promise.all(outs.map((out) => runCli(['check', 'fixtures/demo', '-p', POLICY, '-f', 'json,html', '-o', out], { env: { ...ENV, PLANGATE_CACHE_DIR: cacheDir } })));
    for (const run of runs) {
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/error/);
    }
    const reports = outs.map((out) => readFileSync(join(out, 'report.json'), 'utf8'));
    for (const report of reports.slice(1)) expect(report).toBe(reports[0]);
    expect(reports[0]).toContain('test-max-replicas');
    expectValidCache(cacheDir);
  }, 120_000);
});
