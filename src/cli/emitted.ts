// Prints what emitReports produced, the same way for check, report and merge: the text view on stdout, one line per
// file written, one diagnostic line per format that could not be written (the others are written all the same).
import { formatDiagnostic, printable, PlangateError } from '../diagnostics';
import type { EmittedReports } from '../report';

/** Prints the outcome; returns the formats that failed as an error to throw, or undefined when all were written. */
export function printEmitted(out: EmittedReports): PlangateError | undefined {
  process.stdout.write(out.stdout);
  for (const path of out.paths) process.stderr.write(`plangate: wrote ${printable(path)}\n`);
  return out.failures.length > 0 ? new PlangateError(out.failures) : undefined;
}

/** printEmitted for commands whose only failure is throwing: the lines are printed once, by the error. */
export function printEmittedOrThrow(out: EmittedReports): void {
  const failed = printEmitted(out);
  if (failed) throw failed;
}

/** The failures' diagnostics printed here, for commands that go on to decide an exit code themselves. */
export function printFailures(failed: PlangateError | undefined): void {
  for (const d of failed?.diagnostics ?? []) process.stderr.write(formatDiagnostic(d) + '\n');
}
