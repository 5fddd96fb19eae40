// README's test command (`npm test`): installs the system programs the tests drive when missing
// (scripts/test-tools.mjs), then builds, type-checks and lints side by side (none needs another's output), then runs
// every jest suite with one worker per core. Arguments after `npm test --` go to jest.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

/** The steps before jest; each one's output is printed whole when it ends, so the three do not interleave. */
const CHECKS = [
  { name: 'build', args: [join(root, 'scripts', 'build.mjs')] },
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', join(root, 'tsconfig.json')] },
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.'] },
];

function run(args, options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, ...options });
    let output = '';
    child.stdout?.on('data', (d) => { output += d; });
    child.stderr?.on('data', (d) => { output += d; });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

await import('./test-tools.mjs');

const started = performance.now();
const results = await Promise.all(CHECKS.map(async (check) => ({ ...check, ...(await run(check.args, { stdio: ['ignore', 'pipe', 'pipe'] })) })));
for (const r of results) {
  process.stderr.write(r.output);
  process.stderr.write(`test: ${r.name} ${r.code === 0 ? 'passed' : `failed (exit ${r.code})`}\n`);
}
process.stderr.write(`test: build, typecheck and lint took ${Math.round((performance.now() - started) / 1000)} s\n`);
if (results.some((r) => r.code !== 0)) process.exit(1);

const jest = await run([bin('jest', 'bin/jest.js'), `--maxWorkers=${availableParallelism()}`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(jest.code);
