// The policy sandbox end to end: custom policies calling network, clock, random or runtime built-ins are compile
// errors naming the built-in (exit 4) unless plangate.yaml lists them in allowBuiltins; the built-in library's
// results of the run are still reported.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticLines, REPO, runCli, scratchDir, STACK_TRACE } from './cli';
import { writeHostilePolicy } from './hostile-policy';

const GOOD = join(REPO, 'fixtures/demo/kubernetes/payments.yaml');

const FORBIDDEN: [string, string][] = [
  ['http.send', 'http.send({"method": "GET", "url": "http://attacker.example/"}).status_code == 200'],
  ['net.lookup_ip_addr', 'count(net.lookup_ip_addr("attacker.example")) > 0'],
  ['opa.runtime', 'opa.runtime().env.HOME != ""'],
  ['time.now_ns', 'time.now_ns() < 0'],
  ['rand.intn', 'rand.intn("seed", 10) == 3'],
  ['uuid.rfc4122', 'uuid.rfc4122("x") == ""'],
];

const scratch = scratchDir('sandbox');
afterAll(() => scratch.remove());

interface ReportShape {
  results: { ruleId: string; status: string }[];
}

describe('policy sandbox', () => {
  test.each(FORBIDDEN)('%s is refused at compile time by default', async (builtin, condition) => {
    const dir = join(scratch.dir, builtin);
    mkdirSync(dir, { recursive: true });
    const policy = writeHostilePolicy(dir, `hostile-${builtin.replace('.', '-')}`, condition);
    const run = await runCli(['check', GOOD, '-p', policy, '-f', 'json', '-o', join(dir, 'out')], { cwd: dir });
    expect(run.status).toBe(4);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const lines = diagnosticLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${policy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: rego_\\w+_error: .*${builtin.replace('.', '\\.')}`));
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as ReportShape;
    expect(report.results.filter((r) => r.status === 'pass' || r.status === 'fail').length).toBeGreaterThan(0);
  });

  test('allowBuiltins: [time.now_ns] in plangate.yaml lets the clock through', async () => {
    const dir = join(scratch.dir, 'allowed');
    mkdirSync(dir, { recursive: true });
    const policy = writeHostilePolicy(dir, 'hostile-clock-allowed', 'time.now_ns() < 0');
    writeFileSync(join(dir, 'plangate.yaml'), 'allowBuiltins: [time.now_ns]\n');
    const run = await runCli(['check', GOOD, '-p', policy, '-f', 'json', '-o', join(dir, 'out')], { cwd: dir });
    expect(run.stderr).not.toMatch(/rego_\w+_error|eval_\w+_error/);
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as ReportShape;
    const mine = report.results.filter((r) => r.ruleId === 'hostile-clock-allowed');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.status === 'pass')).toBe(true);
  });
});
