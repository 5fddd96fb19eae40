// `plangate test [PATH...]`: runs the test_ rules of Rego policies, as `opa test` does; a test passes when its rule
// evaluates to true. With no path, the built-in library's own tests run.
import type { Command } from 'commander';
import { runRegoTests, type TestCaseOutcome, type TestOutcome } from '../engine';
import type { RegisterCommand } from './commands';
import { EXIT } from './exit-codes';
import { loadConfig } from '../config';
import { collect, regoVersionOf } from './options';

interface TestFlags {
  verbose: boolean;
  regoVersion?: string;
  data: string[];
  config?: string;
}

function line(t: TestOutcome): string {
  const where = t.location ? `${t.location.file}:${t.location.line}: ` : '';
  return `${t.status.toUpperCase()}: ${where}${t.name}${t.message ? ` (${t.message})` : ''}`;
}

/**
 * The cases of a parameterized test as OPA prints them: one line per name level, indented below the test, a level
 * failing when any case under it fails.
 */
function caseLines(cases: readonly TestCaseOutcome[], depth = 0, indent = '  '): string[] {
  const groups = new Map<string, TestCaseOutcome[]>();
  for (const c of cases) groups.set(c.name[depth], [...(groups.get(c.name[depth]) ?? []), c]);
  return [...groups].flatMap(([name, group]) => {
    const failed = group.some((c) => c.status === 'fail');
    const leaf = group.length === 1 && group[0].name.length === depth + 1;
    const head = `${indent}${name}: ${failed ? 'FAIL' : 'PASS'}`;
    return leaf ? [head] : [head, ...caseLines(group, depth + 1, indent + '  ')];
  });
}

async function runTest(paths: string[], flags: TestFlags, setExit: (code: number) => void): Promise<void> {
  const config = loadConfig(flags.config, process.cwd()).config;
  // The built-in library's own tests (no path) are v1 whatever plangate.yaml says of the user's policies.
  const regoVersion = paths.length > 0 ? regoVersionOf(flags.regoVersion, config) : undefined;
  const outcomes = await runRegoTests(paths, process.cwd(), { regoVersion, data: [...(config.data ?? []), ...flags.data] });
  for (const t of outcomes) {
    if (!flags.verbose && t.status === 'pass') continue;
    process.stdout.write([line(t), ...caseLines(t.cases ?? [])].map((l) => l + '\n').join(''));
  }
  const passed = outcomes.filter((t) => t.status === 'pass').length;
  const failed = outcomes.length - passed;
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  setExit(failed > 0 ? EXIT.failed : EXIT.ok);
}

/** Registers `plangate test`. */
export const registerTestCommand: RegisterCommand = (program: Command, setExit) => {
  program
    .command('test')
    .description('run the test_ rules of Rego policies (as opa test does)')
    .argument('[paths...]', '.rego files or folders, Gatekeeper template YAML (default: the built-in library)')
    .option('-v, --verbose', 'list passing tests too', false)
    .option('--rego-version <v0|v1>', 'Rego version of the files (default v1; Gatekeeper templates say their own)')
    .option('-d, --data <path>', 'data document: JSON/YAML file or folder loaded under data, as opa -d (repeatable)', collect, [])
    .option('-c, --config <file>', 'configuration file for regoVersion and data (default: plangate.yaml or .plangate.yaml here)')
    .addHelpText('after', '\nExample:\n  plangate test policies/\n\nThe closing line reads "N passed, N failed"; the exit code is 1 when a test fails.')
    .action((paths: string[], flags: TestFlags) => runTest(paths, flags, setExit));
};
