// Issue 19, interrupts: SIGTERM, SIGINT and SIGHUP during a run stop it promptly with exit 128 + N and leave no
// report and no temporary file (promise 17: a signal during rendering used to be handled only after every report
// was written); the temporary files of runs killed outright are removed by the next run (promise 18).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, REPO, runCli, scratchDir } from './cli';

const scratch = scratchDir('interrupts');
afterAll(() => scratch.remove());

const PLAN = join(scratch.dir, 'plan-10k.json');
const FORMATS = 'json,html,sarif,junit,markdown';
const SIGNALS: Array<[NodeJS.Signals, number]> = [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]];

beforeAll(() => {
  // A plan large enough that reading, evaluating and rendering each take a while (bench's generator, 10,000 resources).
  const generator = join(REPO, 'bench', 'generate', 'terraform.mjs');
  execFileSync(process.execPath, ['--input-type=module', '-e', `import { writeTerraformPlan } from ${JSON.stringify(generator)}; await writeTerraformPlan(${JSON.stringify(PLAN)}, { resources: 10000 });`]);
}, 120_000);

interface Interrupted {
  aliveAtSignal: boolean;
  status: number | null;
  secondsAfterSignal: number;
}

/** Runs a check and sends `signal` after `delayMs`. */
function interruptedCheck(out: string, signal: NodeJS.Signals, delayMs: number): Promise<Interrupted> {
  const child = spawn(process.execPath, [BIN, 'check', PLAN, '-f', FORMATS, '-o', out], { cwd: scratch.dir, stdio: 'ignore' });
  let aliveAtSignal = false;
  let signalledAt = 0;
  const timer = setTimeout(() => {
    aliveAtSignal = child.exitCode === null && child.signalCode === null;
    signalledAt = performance.now();
    child.kill(signal);
  }, delayMs);
  return new Promise((resolve) => child.on('close', (status) => {
    clearTimeout(timer);
    resolve({ aliveAtSignal, status, secondsAfterSignal: (performance.now() - signalledAt) / 1000 });
  }));
}

describe('interrupting a check', () => {
  let fullSeconds = 0;

  beforeAll(async () => {
    const run = await runCli(['check', PLAN, '-f', FORMATS, '-o', join(scratch.dir, 'full')], { cwd: scratch.dir });
    expect(run.status).toBe(1);
    fullSeconds = run.seconds;
  }, 180_000);

  // Fractions of a whole run: reading, evaluating, and (late) rendering the five formats.
  test.each([0.4, 0.85])('a signal at %p of the run stops it within seconds, with 128+N and no report', async (fraction) => {
    for (const [signal, status] of SIGNALS) {
      const out = join(scratch.dir, `out-${fraction}-${signal}`);
      const run = await interruptedCheck(out, signal, fullSeconds * fraction * 1000);
      if (!run.aliveAtSignal) continue;
      expect({ signal, status: run.status }).toEqual({ signal, status });
      expect(run.secondsAfterSignal).toBeLessThan(3);
      // No report, and no temporary file, whatever the moment.
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    }
  }, 300_000);
});

test('temporary files of dead runs are removed at the next run; those of live processes stay', async () => {
  const out = join(scratch.dir, 'stale');
  mkdirSync(out);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
  const stale = join(out, `.report.json.${dead}.0123456789ab.tmp`);
  const live = join(out, `.report.html.${process.pid}.0123456789ab.tmp`);
  writeFileSync(stale, 'half a report of a killed run');
  writeFileSync(live, 'a report being written right now');
  const run = await runCli(['check', join(REPO, 'fixtures/demo/kubernetes/payments.yaml'), '-f', 'json', '-o', out]);
  expect(run.status).toBe(1);
  expect(existsSync(stale)).toBe(false);
  expect(existsSync(live)).toBe(true);
  expect(readdirSync(out).sort()).toEqual([`.report.html.${process.pid}.0123456789ab.tmp`, 'report.json']);
}, 60_000);
