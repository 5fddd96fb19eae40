// Build pipeline: each step turns sources into an artefact the package ships. Steps run in order.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const STEPS = [
  { name: 'typescript', run: () => execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' }) },
  // JSON Schema validators compiled ahead of time, so no check compiles a schema: build/validators/.
  { name: 'validators', run: () => execFileSync(process.execPath, [join(root, 'scripts', 'build-validators.mjs')], { stdio: 'inherit' }) },
  // The command line as one bundle (start-up reads one file): dist/plangate.js, dist/worker-entry.js.
  { name: 'cli bundle', run: () => execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' }) },
  // The in-module runtime (AssemblyScript) every compiled policy is linked into: build/runtime.wasm.
  { name: 'runtime', run: () => execFileSync(process.execPath, [join(root, 'scripts', 'build-runtime.mjs')], { stdio: 'inherit' }) },
  // The built-in rule library compiled once, so checks never compile it: build/library/.
  { name: 'library', run: () => execFileSync(process.execPath, ['-e', "require('./dist/engine/library.js').buildLibrary()"], { cwd: root, stdio: 'inherit' }) },
  // V8's code cache of the CLI bundle after a check of the demo (needs the library): dist/plangate.cache.
  { name: 'code cache', run: () => execFileSync(process.execPath, [join(root, 'scripts', 'build-code-cache.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] }) },
];

for (const step of STEPS) {
  const started = performance.now();
  step.run();
  process.stderr.write(`build: ${step.name} ${Math.round(performance.now() - started)} ms\n`);
}
