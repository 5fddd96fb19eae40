// Runs the built `plangate` binary (bin/plangate.js over dist/) in a child process, as users and CI do, and copies
// the CLI test fixtures into fresh temporary directories.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReportSchema } from '../../src/report';

export const REPO_ROOT = join(__dirname, '..', '..');
export const PLANGATE_BIN = join(REPO_ROOT, 'bin', 'plangate.js');
const FIXTURES = join(__dirname, 'fixtures');

/** One compile cache for every run of a test file, so custom policies compile once. */
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'plangate-cli-cache-'));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `plangate ARGS` in `cwd` with a fixed date (SOURCE_DATE_EPOCH) unless `env` says otherwise. */
export function runPlangate(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, [PLANGATE_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PLANGATE_CACHE_DIR: CACHE_DIR, SOURCE_DATE_EPOCH: '1790000000', NO_COLOR: '1', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary copy of test/cli/fixtures (k8s/ manifests and policies/ test rules). */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-cli-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

/** The report.json a run wrote into `dir`/out; it must validate against schemas/report.schema.json. */
export function readReportJson(dir: string): ReportJson {
  const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as ReportJson;
  const invalid = checkReportSchema(report, 'report.json');
  if (invalid.length > 0) throw new Error(`report.json does not fit its schema: ${invalid.map((d) => d.message).join('; ')}`);
  return report;
}

/** The parts of report.json these tests look at. */
export interface ReportJson {
  verdict: string;
  summary: Record<string, number>;
  results: { ruleId: string; status: string; severity: string; message: string; resource: { address: string }; enforcement?: string;
    waiver?: Record<string, string>; baseline?: string }[];
  staleWaivers?: Record<string, string>[];
  overrides?: { rule: string; field: string; from?: string; to: string }[];
  run?: { override?: boolean; environment?: string; parameters?: Record<string, unknown>; failOn?: string; failOnUncovered?: boolean };
  problems?: { code: string; message: string; file?: string; line?: number }[];
  inputs: { path: string; status?: string; type?: string; resources: number }[];
  uncovered?: { type: string; resources: number; addresses: string[] }[];
  empty?: { reason: string; allowed: boolean };
  policies: { id: string; source: string; overrides?: string }[];
}

/** Arguments that run only the CLI test rules over the fixture manifests and write report.json into out/. */
export const TEST_RULES = ['--no-builtin', '-p', 'policies', '-f', 'text,json', '-o', 'out'];
