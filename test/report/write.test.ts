// writeReports: atomic per format (a throwing renderer leaves no file, no temporary, and the others are written), byte-identical with SOURCE_DATE_EPOCH,
// every report.json written fits the schema.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMAT_NAMES, readReport, reportTimestamp, writeReports, writeReportsSettled, type Renderer } from '../../src/report';
import { demoModel, expectValidReport } from './report-fixtures';

/** A deterministic shuffle (reversal and interleave), different from the sorted order. */
function shuffle<T>(items: T[]): T[] {
  const reversed = [...items].reverse();
  return [...reversed.filter((_, i) => i % 2 === 0), ...reversed.filter((_, i) => i % 2 === 1)];
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plangate-write-'));
}

test('writes every format to its file name and report.json fits the schema', () => {
  const dir = tempDir();
  const paths = writeReports(demoModel(), FORMAT_NAMES, dir);
  expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.json', 'report.junit.xml', 'report.md', 'report.sarif', 'report.txt']);
  expect(paths).toHaveLength(6);
  expectValidReport(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));
  expect(readReport(join(dir, 'report.json')).digest?.value).toMatch(/^[0-9a-f]{64}$/);
});

test('same model and SOURCE_DATE_EPOCH give byte-identical files', () => {
  const epoch = { SOURCE_DATE_EPOCH: '1795291200' };
  const write = (reorder: boolean): Map<string, string> => {
    const dir = tempDir();
    // The input order of results and policies must not matter: the writer sorts them.
    const model = demoModel();
    const input = reorder ? { ...model, results: shuffle(model.results), policies: shuffle(model.policies) } : model;
    writeReports({ ...input, generatedAt: reportTimestamp(epoch) }, FORMAT_NAMES, dir);
    return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  };
  const first = write(false);
  expect(write(false)).toEqual(first);
  expect(write(true)).toEqual(first);
});

test('a renderer that throws leaves no file and no temporary of its own, and the other formats are still written', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'report.broken'), 'previous broken');
  const broken: Renderer = {
    name: 'broken',
    fileName: 'report.broken',
    description: 'throws',
    render: () => {
      throw new RangeError('Invalid string length');
    },
  };
  const written = writeReportsSettled(demoModel(), ['json', broken, 'html'], dir);
  expect(written.paths).toEqual([join(dir, 'report.json'), join(dir, 'report.html')]);
  expect(written.failures).toEqual([expect.objectContaining({ code: 'internal_error', location: { file: join(dir, 'report.broken') }, message: expect.stringMatching(/Invalid string length; the other formats were written/) })]);
  expect(readdirSync(dir).sort()).toEqual(['report.broken', 'report.html', 'report.json']);
  expect(readFileSync(join(dir, 'report.broken'), 'utf8')).toBe('previous broken');
  expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ verdict: demoModel().verdict });
  // writeReports writes the same and then throws for the format that failed.
  expect(() => writeReports(demoModel(), ['json', broken], dir)).toThrow('Invalid string length');
});

test('a write that fails (target is a directory) is an io_error naming the file and leaves no temporary', () => {
  const dir = tempDir();
  const blocker = join(dir, 'report.md');
  mkdirSync(blocker);
  try {
    writeReports(demoModel(), ['markdown'], dir);
    throw new Error('expected writeReports to fail');
  } catch (err) {
    expect((err as { diagnostics?: { code: string; location?: { file: string } }[] }).diagnostics?.[0]).toMatchObject({ code: 'io_error', location: { file: blocker } });
  }
  expect(readdirSync(dir)).toEqual(['report.md']);
});

test('an unknown format is an error, never a silent default', () => {
  expect(() => writeReports(demoModel(), ['pdf'], tempDir())).toThrow('unknown report format "pdf"; choose from text, json, html, sarif, junit, markdown');
});
