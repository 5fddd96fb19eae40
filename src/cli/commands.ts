// The table of CLI commands; each entry registers one command (defined in its own file) on the program.
import type { Command } from 'commander';
import { registerCheckCommand } from './check-command';
import { registerCompileCommand } from './compile-command';
import { registerInitCommand } from './init-command';
import { registerPoliciesCommand } from './policies-command';
import { registerReportCommand } from './report-command';
import { registerTestCommand } from './test-command';
import { registerMergeCommand } from './merge-command';
import { registerVerifyCommand } from './verify-command';

/** Registers a command on the program; `setExit` records the exit code the command asks for. */
export type RegisterCommand = (program: Command, setExit: (code: number) => void) => void;

/** Every command of the CLI, in the order `--help` lists them. */
export const COMMANDS: RegisterCommand[] = [
  registerCheckCommand,
  registerCompileCommand,
  registerTestCommand,
  registerPoliciesCommand,
  registerInitCommand,
  registerReportCommand,
  registerMergeCommand,
  registerVerifyCommand,
];
