// `npm run conformance -- [DIR...] [--json FILE] [--filter TEXT]`: runs OPA-format conformance cases (default
// test/conformance/cases/opa-v1) and ends with one line per tier and one overall.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root';
import { createHostImplementations } from '../../src/rego';
import { loadCases } from './cases';
import { formatTally, runCases, tally } from './run';

const DEFAULT_DIR = join(packageRoot(), 'test', 'conformance', 'cases', 'opa-v1');

function parseArgs(argv: string[]): { dirs: string[]; json?: string; filter?: string } {
  const dirs: string[] = [];
  let json: string | undefined;
  let filter: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = argv[++i];
    else if (argv[i] === '--filter') filter = argv[++i];
    else dirs.push(argv[i]);
  }
  return { dirs, json, filter };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dirs = args.dirs.length > 0 ? args.dirs : [process.env.PLANGATE_CONFORMANCE_DIR ?? DEFAULT_DIR];
  const cases = dirs.flatMap((d) => loadCases(d)).filter((c) => !args.filter || c.note.includes(args.filter));
  const reports = await runCases(cases, createHostImplementations().builtins, (r) => {
    if (r.status === 'fail') process.stdout.write(`FAIL ${r.note} (${r.file}): ${r.reason}\n`);
    if (r.status === 'skip') process.stdout.write(`SKIP ${r.note}: ${r.reason}\n`);
  });
  if (args.json) writeFileSync(args.json, JSON.stringify(reports, null, 1));
  const tallies = tally(reports);
  for (const [tier, t] of tallies) if (tier !== 'all') process.stdout.write(`${tier}: ${formatTally(t)}\n`);
  process.stdout.write(`${formatTally(tallies.get('all') ?? { passed: 0, failed: 0, skipped: 0 })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`conformance: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});
