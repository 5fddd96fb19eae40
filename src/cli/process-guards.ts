// Process-level guards of the CLI: interrupts (Ctrl-C, a CI runner's SIGTERM) end the process without leaving
// temporary files of atomic writes behind (exit 128 + signal number), and a standard output that cannot be
// written (a full disk, /dev/full) is a one-line io_error with exit 3, never a stack trace or a success status.
import { constants } from 'node:os';
import { removePendingTempFiles } from '../temp-files';
import { EXIT } from './exit-codes';

const HANDLED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

let installed = false;

function onOutputError(stream: 'stdout' | 'stderr', err: Error & { code?: string }): void {
  removePendingTempFiles();
  if (stream === 'stdout') {
    try {
      process.stderr.write(`<stdout>: io_error: cannot write the output (${err.code ?? err.message})\n`);
    } catch {
      // stderr is gone too; the exit status still tells.
    }
  }
  process.exit(EXIT.input);
}

/** Installs the signal handlers and the stdout/stderr error handlers, once per process. */
export function installProcessGuards(): void {
  if (installed) return;
  installed = true;
  for (const signal of HANDLED) {
    process.once(signal, () => {
      removePendingTempFiles();
      process.exit(128 + constants.signals[signal]);
    });
  }
  process.stdout.on('error', (err) => onOutputError('stdout', err));
  process.stderr.on('error', (err) => onOutputError('stderr', err));
}
