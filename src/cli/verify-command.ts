// `plangate verify REPORT.json`: recomputes the report's digest (and signature, input files when asked);
// exit 0 intact, 1 altered, naming what no longer matches.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { diagnostic, PlangateError, SourceFile } from '../diagnostics';
import { checkJsonText } from '../json-checks';
import { checkReportSchema, readKeyFile, verifyReport, type VerifyOutcome } from '../report';
import type { RegisterCommand } from './commands';
import { EXIT } from './exit-codes';

interface VerifyCommandOptions {
  publicKey?: string;
  inputs?: string;
}

/** Parses the text; a report that no longer parses or fits the schema counts as altered, not as unreadable. */
function checkFile(file: string, opts: VerifyCommandOptions): VerifyOutcome {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PlangateError(diagnostic('io_error', `cannot read report: ${(err as Error).message}`, { file }));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { intact: false, problems: ['not valid JSON any more'], notes: [] };
  }
  // JSON.parse keeps the last of two equal keys: an inserted `"verdict":"pass"` before the real one would be
  // invisible to the digest, yet be what a reader of the first key sees.
  const duplicate = checkJsonText(text);
  if (duplicate?.kind === 'duplicate-key') {
    const { line } = new SourceFile(file, text).locate(duplicate.offset);
    return { intact: false, problems: [`duplicate key ${JSON.stringify(duplicate.key.slice(0, 80))} at line ${line}: the report was edited`], notes: [] };
  }
  const publicKey = opts.publicKey ? readKeyFile(opts.publicKey, 'public') : undefined;
  const outcome = verifyReport(value, { publicKey, inputsBaseDir: opts.inputs });
  const schema = checkReportSchema(value, file).map((d) => d.message);
  return { intact: outcome.intact && schema.length === 0, problems: [...outcome.problems, ...schema], notes: outcome.notes };
}

/** Registers `plangate verify`. */
export const registerVerifyCommand: RegisterCommand = (program: Command, setExit) => {
  program
    .command('verify')
    .description("recompute a report's digest: exit 0 intact, 1 altered")
    .argument('<report>', 'a report.json')
    .option('--public-key <file>', 'Ed25519 public key (PEM): also require a valid signature by it')
    .option('--inputs <dir>', 're-hash the input files, resolved against this directory, and compare with the report')
    .addHelpText('after', '\nExamples:\n  plangate verify plangate-report/report.json\n  plangate verify report.json --public-key signing.pub.pem --inputs .')
    .action((file: string, opts: VerifyCommandOptions) => {
      const outcome = checkFile(file, opts);
      for (const note of outcome.notes) process.stderr.write(`${file}: note: ${note}\n`);
      if (outcome.intact) {
        process.stdout.write(`${file}: intact\n`);
        return;
      }
      for (const problem of outcome.problems) process.stderr.write(`${file}: altered: ${problem}\n`);
      setExit(EXIT.failed);
    });
};
