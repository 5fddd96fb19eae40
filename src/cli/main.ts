// Entry of the `plangate` command: wires commander to one module per command. Commands are loaded lazily
// so that `plangate --version` stays fast.
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version';
import { errorText, formatDiagnostic, PlangateError, printable } from '../diagnostics';
import { EXIT, exitCodeFor } from './exit-codes';
import { COMMANDS } from './commands';
import { installProcessGuards } from './process-guards';

/** Builds the commander program; exposed for tests of help texts. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('plangate')
    .description('Policy-as-code compliance checks for Terraform plans and Kubernetes manifests, with Rego compiled to WebAssembly.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'print stack traces with errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program, setExit);
  return program;
}

/** Runs the CLI and resolves to the process exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  installProcessGuards();
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    return reportError(err, argv.includes('--debug'));
  }
}

function reportError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (err instanceof PlangateError) {
    for (const d of err.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
    if (debug && err.stack) process.stderr.write(err.stack + '\n');
    return Math.max(...err.diagnostics.map((d) => exitCodeFor(d.code)));
  }
  process.stderr.write(`plangate: internal_error: ${printable(errorText(err))}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  return EXIT.policy;
}
