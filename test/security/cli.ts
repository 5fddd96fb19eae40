// Runs the built `plangate` binary as a child process under /usr/bin/time, so tests see exactly what a user or CI
// sees (exit code, stdout, stderr) plus the wall time and peak resident memory of the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'plangate.js');
const TIME = '/usr/bin/time';

/** What one run of the CLI produced. */
export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssMiB: number;
}

/** Options of `runCli`. */
export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs `plangate ARGS...` to completion. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'plangate-time-'));
  const timeFile = join(scratch, 'time');
  const started = performance.now();
  const child = spawn(TIME, ['-f', '%M', '-o', timeFile, process.execPath, BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const seconds = (performance.now() - started) / 1000;
      // time(1) writes "Command exited with non-zero status N" before the figure; the figure is the last line.
      const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
      rmSync(scratch, { recursive: true, force: true });
      resolve({ status, signal, stdout, stderr, seconds, peakRssMiB: Number(lines[lines.length - 1]) / 1024 });
    });
  });
}

/** stderr lines that are diagnostics (not the "plangate: wrote ..." notes). */
export function diagnosticLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !l.startsWith('plangate: wrote '));
}

/** A stack trace in output: what the contract forbids without --debug. */
export const STACK_TRACE = /^\s+at .+\(.*:\d+:\d+\)|^\s+at [\w.<>]+ \(|node:internal|TypeError:|RangeError:|ReferenceError:/m;

/** A fresh temporary directory removed by the returned function. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `plangate-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
