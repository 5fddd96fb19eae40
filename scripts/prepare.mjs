// npm's `prepare`: builds the package when it is installed from git (pre-commit's `language: node`, `npm install
// github:…`) and before `npm pack`/`npm publish`. It writes nothing on stdout: pre-commit and other tools take the
// stdout of `npm pack` as the tarball's file name (with .npmrc's foreground-scripts=false npm prints no banner
// either). A build newer than every source is kept, so the install → pack sequence builds once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the build reads: a change to any of these makes the build stale. */
const SOURCES = ['src', 'policies', 'scripts/build.mjs', 'scripts/build-runtime.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** What the build writes last in each of its steps. */
const OUTPUTS = ['dist/index.js', 'dist/cli/main.js', 'build/runtime.wasm', 'build/library/library.wasm', 'build/library/library.json'];

function newestModification(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestModification(join(path, name))), stat.mtimeMs);
}

function buildIsFresh() {
  const outputs = OUTPUTS.map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return false;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const newestSource = Math.max(...SOURCES.map((p) => join(root, p)).filter((p) => existsSync(p)).map(newestModification));
  return oldestOutput > newestSource;
}

if (buildIsFresh()) {
  process.stderr.write('prepare: build is up to date\n');
} else {
  // The build's own stdout (tsc prints its diagnostics there) goes to stderr.
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
  process.exitCode = run.status ?? 1;
}
