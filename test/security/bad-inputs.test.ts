// End-to-end view of bad inputs: every case of the corpus, passed to `plangate check` beside a good manifest,
// gives one-line errors naming the file (and line) with exit 3, within 5 s and 1 GiB, while the good file is
// still judged and reported.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { badInputCorpus, writeHugeString, type BadInput } from './bad-input-corpus';
import { diagnosticLines, runCli, scratchDir, STACK_TRACE, type CliRun } from './cli';

const GOOD = 'fixtures/demo/kubernetes/payments.yaml';
const LIMIT_SECONDS = 5;
const LIMIT_MIB = 1024;

interface ReportShape {
  inputs: { path: string }[];
  results: { resource: { file?: string } }[];
}

const scratch = scratchDir('bad-inputs');
afterAll(() => scratch.remove());

async function checkBeside(bad: string, outDir: string): Promise<{ run: CliRun; report: ReportShape }> {
  const run = await runCli(['check', bad, GOOD, '-f', 'json', '-o', outDir]);
  const file = join(outDir, 'report.json');
  expect(existsSync(file)).toBe(true);
  return { run, report: JSON.parse(readFileSync(file, 'utf8')) as ReportShape };
}

function expectCleanFailure(c: BadInput, run: CliRun, report: ReportShape): void {
  expect(run.status).toBe(3);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  const lines = diagnosticLines(run.stderr);
  expect(lines.length).toBeGreaterThan(0);
  // Every line names the bad file, says input_error and gives the reason; no other file is blamed.
  const prefix = c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const line of lines) expect(line).toMatch(new RegExp(`^${prefix}(:\\d+){0,2}: input_error: \\S`));
  expect(lines.some((l) => c.reason.test(l))).toBe(true);
  if (c.line !== undefined) expect(lines.some((l) => l.startsWith(`${c.file}:${c.line}:`) || l.startsWith(`${c.file}:${c.line} `))).toBe(true);
  expect(run.seconds).toBeLessThan(LIMIT_SECONDS);
  expect(run.peakRssMiB).toBeLessThan(LIMIT_MIB);
  // The good input of the same run is still read, judged and reported.
  expect(report.inputs.map((i) => i.path)).toContain(GOOD);
  expect(report.results.filter((r) => r.resource.file === GOOD).length).toBeGreaterThan(0);
}

describe('plangate check on the bad-input corpus', () => {
  const cases = badInputCorpus(scratch.dir);
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { run, report } = await checkBeside(c.file, join(scratch.dir, `out-${cases.indexOf(c)}`));
    expectCleanFailure(c, run, report);
  });

  test('a BOM and CRLF line ends on a valid manifest are accepted with the right lines', async () => {
    const file = join(scratch.dir, 'bom-crlf-ok.yaml');
    writeFileSync(file, '\ufeff# comment\r\napiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: prd-ok\r\n');
    const out = join(scratch.dir, 'out-bom');
    const run = await runCli(['check', file, '-f', 'json', '-o', out]);
    expect(run.stderr).not.toMatch(/input_error/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { results: { resource: { address: string; line?: number } }[] };
    expect(report.results.find((r) => r.resource.address === 'Namespace/prd-ok')?.resource.line).toBe(2);
  });

  test('a 1 GiB file of one JSON string is refused without reading it into memory', async () => {
    const big = join(scratch.dir, 'huge.json');
    writeHugeString(big, 1024 ** 3);
    try {
      const { run, report } = await checkBeside(big, join(scratch.dir, 'out-huge'));
      expectCleanFailure({ name: 'huge', file: big, reason: /larger than|too large/ }, run, report);
    } finally {
      rmSync(big, { force: true });
    }
  }, 120_000);
});
