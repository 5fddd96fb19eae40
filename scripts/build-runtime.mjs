// Builds the in-module runtime (src/rego/runtime/assembly/index.ts) with the AssemblyScript compiler into
// build/runtime.wasm, the prebuilt module every compiled policy is linked into. Run by scripts/build.mjs.
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
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

// Walks the section headers of a Wasm binary looking for the start section (id 8).
function hasStartSection(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    if (id === 8) return true;
    at += size;
  }
  return false;
}

/** Compiles the runtime; resolves to the output path, throws with the compiler's diagnostics on failure. */
export async function buildRuntime({ textFormat = false } = {}) {
  mkdirSync(dirname(outFile), { recursive: true });
  // Compile to a private file and rename it into place, so concurrent builds (parallel test workers) never
  // leave a half-written module behind.
  const tmpFile = `${outFile}.${process.pid}.tmp`;
  const args = [relative(root, join(assemblyDir, 'index.ts')), '-o', relative(root, tmpFile), ...RUNTIME_FLAGS];
  if (textFormat) args.push('-t', relative(root, outFile.replace(/\.wasm$/, '.wat')));
  let diagnostics = '';
  const { error } = await asc.main(args, {
    stdout: { write: () => true },
    stderr: { write: (text) => { diagnostics += text; return true; } },
    baseDir: root,
  });
  if (error) {
    rmSync(tmpFile, { force: true });
    throw new Error(`runtime build failed: ${error.message}\n${diagnostics}`);
  }
  renameSync(tmpFile, outFile);
  if (hasStartSection(readFileSync(outFile))) {
    process.stderr.write('build-runtime: WARNING: the runtime has a start function (a global initialiser that runs code); '
      + 'it allocates over the policy data segment. See src/rego/runtime/assembly/API.md.\n');
  }
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildRuntime({ textFormat: process.argv.includes('--wat') });
  process.stderr.write(`build-runtime: ${relative(root, outFile)} in ${Math.round(performance.now() - started)} ms\n`);
}
