// Bundles the command line into dist/plangate.js and its evaluation worker into dist/worker-entry.js (esbuild, as the
// Action is bundled): one file to read and compile at start-up instead of a few hundred modules. The library API
// (dist/index.js) stays the TypeScript compiler's output.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const ENTRIES = [
  { in: 'src/cli/main.ts', out: 'dist/plangate.js' },
  { in: 'src/engine/worker-entry.ts', out: 'dist/worker-entry.js' },
];

for (const entry of ENTRIES) {
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, entry.in)],
    outfile: join(root, entry.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    charset: 'utf8',
    legalComments: 'eof',
    // Packages stay outside the bundle only where they must: none today.
    logLevel: 'warning',
  });
}
