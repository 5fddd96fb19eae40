// One fresh process of the compile benchmark: compiles Rego with compileRego, either the whole built-in library
// or its first 40 rule files (with policies/lib), into a given cache directory, or loads the prebuilt library.
// Prints one JSON line. Usage: node bench/compile.mjs library|forty|load [cacheDir|none]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './paths.mjs';

const require = createRequire(import.meta.url);
const { compileRego } = require(join(root, 'dist', 'rego', 'index.js'));
const { loadLibrary } = require(join(root, 'dist', 'engine', 'index.js'));
const { listRegoFiles, readRegoFiles } = require(join(root, 'dist', 'engine', 'rego-sources.js'));

function librarySources(limit) {
  const dir = join(root, 'policies');
  const files = readRegoFiles(listRegoFiles(['.'], false, dir), dir);
  const lib = files.filter((f) => f.path.startsWith('lib'));
  const rules = files.filter((f) => !f.path.startsWith('lib')).sort((a, b) => a.path.localeCompare(b.path)).slice(0, limit);
  return { files: [...lib, ...rules].map((f) => ({ path: f.path, source: f.source })), rules: rules.length };
}

const [mode, cache] = process.argv.slice(2);
const started = performance.now();
const cpu = process.cpuUsage();
let detail;
if (mode === 'load') {
  detail = { rules: loadLibrary().set.rules.length };
} else {
  const { files, rules } = librarySources(mode === 'forty' ? 40 : Infinity);
  const packages = files.map((f) => /^package\s+(\S+)/m.exec(f.source)?.[1]).filter((p) => p?.startsWith('plangate.rules.'));
  const compiled = compileRego(files, { entrypoints: packages.map((p) => p.replace(/\./g, '/')), ...(cache && cache !== 'none' ? { cacheDir: cache } : {}) });
  detail = { rules, lines: files.reduce((n, f) => n + f.source.split('\n').length, 0), wasmKB: compiled.wasm.byteLength / 1024 };
}
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, ...detail })}\n`);
