// `plangate merge REPORT.json... -o DIR [-f LIST]`: combines many reports (files, or folders searched for
// *.json) into one organisation-wide report in every format; inputs are streamed one report at a time.
import type { Command } from 'commander';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, PlangateError } from '../diagnostics';
import { emitReports, formatHelp, mergeReports, parseFormats, readKeyFile, reportTimestamp } from '../report';
import { VERSION } from '../version';
import type { RegisterCommand } from './commands';
import { printEmittedOrThrow } from './emitted';
import { useColor } from './report-command';

interface MergeCommandOptions {
  format: string;
  outputDir?: string;
  signKey?: string;
  passLimit: string;
  verify: boolean;
  color: boolean;
}

/** Yields report paths: files as given, folders walked in name order for files ending in .json. */
async function* reportPaths(args: string[]): AsyncGenerator<string> {
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch (err) {
      throw new PlangateError(diagnostic('io_error', `cannot read report: ${(err as Error).message}`, { file: arg }));
    }
    if (isDir) yield* walkJson(arg);
    else yield arg;
  }
}

async function* walkJson(dir: string): AsyncGenerator<string> {
  const names: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(dir)) names.push({ name: entry.name, dir: entry.isDirectory() });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    if (e.dir) yield* walkJson(join(dir, e.name));
    else if (e.name.endsWith('.json')) yield join(dir, e.name);
  }
}

function parsePassLimit(text: string): number {
  if (!/^\d+$/.test(text)) throw new PlangateError(diagnostic('usage_error', `--pass-limit must be a whole number, got "${text}"`));
  return Number(text);
}

async function runMerge(args: string[], opts: MergeCommandOptions): Promise<void> {
  const formats = parseFormats(opts.format);
  const signingKey = opts.signKey ? readKeyFile(opts.signKey, 'private') : undefined;
  const model = await mergeReports(reportPaths(args), {
    generatedAt: reportTimestamp(),
    toolVersion: VERSION,
    passLimit: parsePassLimit(opts.passLimit),
    verify: opts.verify,
  });
  const out = emitReports(model, formats, opts.outputDir, { color: useColor(opts.color), signingKey });
  printEmittedOrThrow(out);
}

/** Registers `plangate merge`. */
export const registerMergeCommand: RegisterCommand = (program: Command) => {
  program
    .command('merge')
    .description('combine many reports (repositories, pipelines) into one organisation-wide report')
    .argument('<reports...>', 'report.json files, or folders searched for *.json')
    .option('-o, --output-dir <dir>', 'directory for the merged report files')
    .option('-f, --format <list>', 'comma list of formats', 'json,html,sarif,junit,markdown')
    .option('--pass-limit <n>', 'passing results listed as evidence; the rest are counted', '1000')
    .option('--sign-key <file>', 'Ed25519 private key (PEM): sign the merged report')
    .option('--no-verify', 'merge reports whose digest does not match (refused by default)')
    .option('--no-color', 'plain text even on a terminal')
    .addHelpText('after', `\nExample:\n  plangate merge reports/*/report.json -o org-posture -f json,html,markdown\n\nFormats:\n${formatHelp()}`)
    .action((reports: string[], opts: MergeCommandOptions) => runMerge(reports, opts));
};
