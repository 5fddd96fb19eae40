// The long fuzz campaign (`node scripts/fuzz.mjs [--runs N] [--seed S] [--minutes M]`): the suite's properties
// with many more cases, a fresh seed each time unless one is given; prints the seed so a failure can be replayed.
import fc from 'fast-check';
import { fuzzProperties } from './properties';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? Number(process.argv[at + 1]) : fallback;
}

function main(): number {
  const runs = flag('runs', 50_000);
  const seed = flag('seed', Date.now() % 2 ** 31);
  const minutes = flag('minutes', 30);
  const deadline = Date.now() + minutes * 60_000;
  process.stdout.write(`fuzz: seed ${seed}, up to ${runs} cases per property, at most ${minutes} min\n`);
  let failed = 0;
  for (const [name, property] of Object.entries(fuzzProperties())) {
    const started = Date.now();
    const left = Math.max(1, deadline - started);
    const details = fc.check(property, { numRuns: runs, seed, interruptAfterTimeLimit: left, markInterruptAsFailure: false });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (details.failed) {
      failed++;
      process.stdout.write(`FAIL ${name} after ${details.numRuns} cases (${seconds} s)\n${fc.defaultReportMessage(details) ?? ''}\n`);
    } else {
      process.stdout.write(`ok   ${name}: ${details.numRuns} cases in ${seconds} s${details.interrupted ? ' (time limit)' : ''}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
