// --timeout and --max-memory end to end: a policy that runs forever or allocates without bound is stopped in its
// worker thread with eval_cancel_error and exit 4, the process survives, and the built-in library's results of
// the same run are still reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticLines, runCli, scratchDir, STACK_TRACE } from './cli';

const GOOD = 'fixtures/demo';
const TIME_BOMB = 'fixtures/hostile/policies/explode-time.rego';
const MEMORY_BOMB = 'fixtures/hostile/policies/explode-memory.rego';

interface ReportShape {
  verdict: string;
  results: { ruleId: string; status: string; message: string }[];
}

const scratch = scratchDir('limits');
afterAll(() => scratch.remove());

function readReport(dir: string): ReportShape {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportShape;
}

function expectLibraryStillJudged(report: ReportShape): void {
  const library = report.results.filter((r) => !r.ruleId.startsWith('hostile-'));
  expect(library.filter((r) => r.status === 'pass').length).toBeGreaterThan(0);
  expect(library.filter((r) => r.status === 'fail').length).toBeGreaterThan(0);
  expect(library.some((r) => r.status === 'error')).toBe(false);
}

describe('evaluation limits', () => {
  test('a policy that never finishes is stopped by --timeout, exit 4, other results reported', async () => {
    const out = join(scratch.dir, 'time');
    const run = await runCli(['check', GOOD, '-p', TIME_BOMB, '--timeout', '2', '-f', 'json', '-o', out]);
    expect(run.status).toBe(4);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(diagnosticLines(run.stderr)).toEqual([`${TIME_BOMB}: eval_cancel_error: evaluation exceeded the 2 s timeout`]);
    // Startup and the library's evaluation come on top of the 2 s; a run that waited for the policy would take hours.
    expect(run.seconds).toBeLessThan(12);
    const report = readReport(out);
    expect(report.verdict).toBe('error');
    expect(report.results.find((r) => r.ruleId === 'hostile-explode-time')).toMatchObject({ status: 'error', message: 'evaluation exceeded the 2 s timeout' });
    expectLibraryStillJudged(report);
  }, 60_000);

  test('a policy that allocates without bound is stopped by --max-memory, exit 4, memory stays bounded', async () => {
    const out = join(scratch.dir, 'memory');
    const run = await runCli(['check', GOOD, '-p', MEMORY_BOMB, '--max-memory', '64', '--timeout', '120', '-f', 'json', '-o', out]);
    expect(run.status).toBe(4);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(diagnosticLines(run.stderr)).toEqual([`${MEMORY_BOMB}: eval_cancel_error: evaluation exceeded the 64 MiB memory limit`]);
    // Node itself, the library's worker and the bounded policy worker: far below what the policy would take.
    expect(run.peakRssMiB).toBeLessThan(450);
    const report = readReport(out);
    expect(report.results.find((r) => r.ruleId === 'hostile-explode-memory')).toMatchObject({ status: 'error', message: 'evaluation exceeded the 64 MiB memory limit' });
    expectLibraryStillJudged(report);
  }, 120_000);

  test.each([
    ['--timeout', '0'],
    ['--timeout', 'soon'],
    ['--max-memory', '-1'],
    ['--max-memory', '5000'],
  ])('%s %s is a usage error (exit 2)', async (flag, value) => {
    const run = await runCli(['check', GOOD, flag, value]);
    expect(run.status).toBe(2);
    expect(diagnosticLines(run.stderr)).toEqual([expect.stringContaining(`${flag} ${value}`)]);
  });
});
