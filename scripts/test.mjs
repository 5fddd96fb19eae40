// README's test command (`npm test`): every check and every jest suite. It installs the system programs the tests
// drive when missing (scripts/test-tools.mjs), then runs in two phases so that 2 cores are kept busy without
// disturbing the suites that measure time:
//   1. side by side: build, type-check, lint, and the pre-commit suite (which installs plangate from a fresh clone
//      of its own, so it needs none of the others and measures nothing);
//   2. every other jest suite, one worker per core, against the build of phase 1.
// `npm test -- <jest arguments>` runs the checks, then jest with those arguments only.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
// A larger stack for jest and its workers (they inherit the flag): OPA's deepest conformance cases recurse through
// the compiler, and a worker warmed by earlier suites has overflowed the default stack on them.
const jest = (...args) => ['--stack-size=4000', bin('jest', 'bin/jest.js'), `--maxWorkers=${availableParallelism()}`, ...args];

/** Suites that run beside the build in phase 1. */
const BESIDE_BUILD = ['test/precommit'];
const CHECKS = [
  { name: 'build', args: [join(root, 'scripts', 'build.mjs')] },
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', join(root, 'tsconfig.json')] },
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.'] },
];

/** Runs node with `args`; output is collected (printed whole later, so parallel steps do not interleave) or shown live. */
function run(args, live = false) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => { output += d; });
    child.stderr?.on('data', (d) => { output += d; });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function report(step, result, seconds) {
  process.stderr.write(result.output);
  process.stderr.write(`test: ${step} ${result.code === 0 ? 'passed' : `failed (exit ${result.code})`} in ${seconds} s\n`);
}

await import('./test-tools.mjs');

const jestArgs = process.argv.slice(2);
const phaseOne = [...CHECKS, ...(jestArgs.length === 0 ? [{ name: `jest ${BESIDE_BUILD.join(' ')}`, args: jest(...BESIDE_BUILD) }] : [])];
const started = performance.now();
const results = await Promise.all(phaseOne.map(async (step) => {
  const result = await run(step.args);
  report(step.name, result, Math.round((performance.now() - started) / 1000));
  return result;
}));
const checksFailed = results.slice(0, CHECKS.length).some((r) => r.code !== 0);
if (checksFailed) process.exit(1);

const rest = jestArgs.length > 0 ? jestArgs : BESIDE_BUILD.map((dir) => `--testPathIgnorePatterns=/${dir}/`);
const phaseTwo = await run(jest(...rest), true);
process.exit(results.some((r) => r.code !== 0) || phaseTwo.code !== 0 ? 1 : 0);
