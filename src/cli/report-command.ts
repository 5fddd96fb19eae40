// `plangate report REPORT.json -f LIST -o DIR`: renders a saved report again in other formats, after checking
// its digest (an altered report is never re-rendered); `--baseline` marks changes and re-seals.
import type { Command } from 'commander';
import { diagnostic, PlangateError } from '../diagnostics';
import { applyBaseline, emitReports, formatHelp, parseFormats, readKeyFile, readReport, verifyReport } from '../report';
import type { RegisterCommand } from './commands';
import { printEmittedOrThrow } from './emitted';

interface ReportCommandOptions {
  format: string;
  outputDir?: string;
  baseline?: string;
  signKey?: string;
  color: boolean;
  verbose?: boolean;
}

/** Whether the text view is coloured: only on a terminal, never with NO_COLOR set or `--no-color`. */
export function useColor(flag: boolean, env: NodeJS.ProcessEnv = process.env, stream: { isTTY?: boolean } = process.stdout): boolean {
  return flag && stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

function runReport(file: string, opts: ReportCommandOptions): void {
  const formats = parseFormats(opts.format);
  let model = readReport(file);
  const check = verifyReport(model);
  if (!check.intact) {
    throw new PlangateError(diagnostic('input_error', `the report was altered (${check.problems.join('; ')}); see plangate verify`, { file }));
  }
  const changed = opts.baseline !== undefined;
  if (opts.baseline !== undefined) model = applyBaseline(model, readReport(opts.baseline));
  const signingKey = opts.signKey ? readKeyFile(opts.signKey, 'private') : undefined;
  const out = emitReports(model, formats, opts.outputDir, { color: useColor(opts.color), verbose: opts.verbose === true, signingKey, keepSeal: !changed && !signingKey });
  printEmittedOrThrow(out);
}

/** Registers `plangate report`. */
export const registerReportCommand: RegisterCommand = (program: Command) => {
  program
    .command('report')
    .description('render a saved report.json again in other formats')
    .argument('<report>', 'a report.json written by plangate check or merge')
    .option('-f, --format <list>', 'comma list of formats', 'text')
    .option('-o, --output-dir <dir>', 'directory for the report files')
    .option('--baseline <file>', 'an earlier report.json: mark results new, unchanged or fixed')
    .option('--sign-key <file>', 'Ed25519 private key (PEM): sign the report')
    .option('--no-color', 'plain text even on a terminal')
    .option('--verbose', 'the text view lists passing results too')
    .addHelpText('after', `\nExample:\n  plangate report plangate-report/report.json -f html,sarif -o out/\n\nFormats:\n${formatHelp()}`)
    .action((file: string, opts: ReportCommandOptions) => runReport(file, opts));
};
