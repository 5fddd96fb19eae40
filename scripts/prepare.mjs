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
const SOURCES = ['src', 'policies', 'schemas', 'bin', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json',
  ...readdirSync(join(root, 'scripts')).filter((f) => f.startsWith('build')).map((f) => join('scripts', f))];
/** What the build writes, one file per step at least (the first step's first, the last step's last). */
const OUTPUTS = ['dist/index.js', 'dist/plangate.js', 'dist/worker-entry.js', 'build/runtime.wasm', 'build/library/library.wasm',
  'build/library/library.json', 'dist/plangate.cache'];
/** Folders the build fills with files whose names it decides. */
const OUTPUT_DIRS = ['build/validators'];

function newestModification(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestModification(join(path, name))), stat.mtimeMs);
}

function buildIsFresh() {
  const outputs = OUTPUTS.map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return false;
  if (!OUTPUT_DIRS.every((d) => existsSync(join(root, d)) && readdirSync(join(root, d)).length > 0)) return false;
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
