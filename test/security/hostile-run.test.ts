// Issue 19's end-to-end promise: one `plangate check` over a folder holding every hostile input of the review
// together with a normal plan exits within 60 s and under 1 GiB of peak RSS, judges the normal plan, names each
// hostile input in one escaped stderr line and in the report's problems, and writes every report format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRenderer, FORMAT_NAMES } from '../../src/report';
import { printable } from '../../src/diagnostics';
import { diagnosticLines, REPO, runCli, scratchDir, STACK_TRACE, type CliRun } from './cli';
import { copyNormalPlan, SECRET, writeHostileInputs, type HostileInput } from './hostile-corpus';

const scratch = scratchDir('hostile-run');
afterAll(() => scratch.remove());

interface ReportShape {
  verdict: string;
  inputs: { path: string; status?: string }[];
  results: { ruleId: string; status: string; resource: { file?: string; address: string } }[];
  problems?: { code: string; message: string; file?: string }[];
}

describe('a check over every hostile input beside a normal plan', () => {
  const tree = join(scratch.dir, 'tree');
  const out = join(scratch.dir, 'out');
  let hostile: HostileInput[];
  let normal: string;
  let run: CliRun;
  let report: ReportShape;

  beforeAll(async () => {
    hostile = writeHostileInputs(tree);
    normal = copyNormalPlan(REPO, tree);
    run = await runCli(['check', '.', '-f', FORMAT_NAMES.join(','), '-o', out], { cwd: tree });
    report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportShape;
  }, 180_000);

  test('it ends within 60 s and 1 GiB with exit 3, and no stack trace', () => {
    expect(run.status).toBe(3);
    expect(run.seconds).toBeLessThan(60);
    expect(run.peakRssMiB).toBeLessThan(1024);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toContain('[object Object]');
  });

  test('every report format is written', () => {
    for (const format of FORMAT_NAMES.filter((f) => f !== 'text')) expect(run.stderr).toContain(`plangate: wrote ${join(out, findRenderer(format).fileName)}`);
    expect(run.stdout).toMatch(/Verdict: ERROR/);
  });

  test('the normal plan, the everything-sensitive plan and the odd Secrets are judged, their secrets redacted', () => {
    expect(report.inputs.filter((i) => i.status !== 'error').map((i) => i.path).sort()).toEqual([normal, 'odd-secrets.yaml', 'sensitive-everything.plan.json'].sort());
    // Every hostile input is listed as an input that could not be read.
    for (const h of hostile) expect(report.inputs.find((i) => i.path === h.name)?.status).toBe('error');
    expect(report.results.filter((r) => r.resource.file === normal && (r.status === 'fail' || r.status === 'pass')).length).toBeGreaterThan(10);
    expect(report.results.some((r) => r.resource.address === 'aws_db_instance.secret')).toBe(true);
    for (const format of FORMAT_NAMES.filter((f) => f !== 'text')) expect(readFileSync(join(out, findRenderer(format).fileName), 'utf8')).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  test('each hostile input is named in one escaped stderr line with its reason', () => {
    const lines = diagnosticLines(run.stderr);
    for (const h of hostile) {
      const shown = printable(h.name);
      const mine = lines.filter((l) => l.startsWith(`${shown}:`));
      expect({ name: shown, lines: mine.length }).toEqual({ name: shown, lines: 1 });
      expect(mine[0]).toMatch(/: input_error: /);
      expect(mine[0]).toMatch(h.reason);
    }
    // The injecting file name starts no line of its own: no workflow command, no raw escape.
    expect(run.stderr.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(run.stderr).not.toContain('\u001b');
  });

  test('each hostile input is a problem of the report', () => {
    expect(report.verdict).toBe('error');
    const problems = report.problems ?? [];
    for (const h of hostile) expect(problems.filter((p) => p.file === h.name && p.code === 'input_error' && h.reason.test(p.message))).toHaveLength(1);
  });
});
