// Builds the in-module runtime (src/rego/runtime/assembly/index.ts) with the AssemblyScript compiler into
// build/runtime.wasm, the prebuilt module every compiled policy is linked into. Run by scripts/build.mjs.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assemblyDir = join(root, 'src', 'rego', 'runtime', 'assembly');
const outFile = join(root, 'build', 'runtime.wasm');

/** Compiler flags: imported memory, static data from 64 KiB (SDK memory tests), no AS runtime, no env.abort. */
export const RUNTIME_FLAGS = [
  '--runtime', 'stub',
  '--importMemory',
  '--memoryBase', '65536',
  '-O3',
  '--noAssert',
  '--use', `abort=${relative(root, join(assemblyDir, 'env'))}/asAbort`,
];

/** Compiles the runtime; resolves to the output path, throws with the compiler's diagnostics on failure. */
export async function buildRuntime({ textFormat = false } = {}) {
  mkdirSync(dirname(outFile), { recursive: true });
  const args = [relative(root, join(assemblyDir, 'index.ts')), '-o', relative(root, outFile), ...RUNTIME_FLAGS];
  if (textFormat) args.push('-t', relative(root, outFile.replace(/\.wasm$/, '.wat')));
  let diagnostics = '';
  const { error } = await asc.main(args, {
    stdout: { write: () => true },
    stderr: { write: (text) => { diagnostics += text; return true; } },
    baseDir: root,
  });
  if (error) throw new Error(`runtime build failed: ${error.message}\n${diagnostics}`);
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildRuntime({ textFormat: process.argv.includes('--wat') });
  process.stderr.write(`build-runtime: ${relative(root, outFile)} in ${Math.round(performance.now() - started)} ms\n`);
}
