// Runs a TypeScript entry point of the project's dev tooling (conformance harness, benchmarks) without a
// separate build: esbuild bundles it (dependencies stay external) into .cache/run-ts and node runs the result.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]\n');
  process.exit(2);
}
const outfile = join(root, '.cache', 'run-ts', basename(entry).replace(/\.ts$/, '.cjs'));
await build({ entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', sourcemap: 'inline', logLevel: 'error' });
process.argv = [process.argv[0], outfile, ...args];
createRequire(import.meta.url)(outfile);
