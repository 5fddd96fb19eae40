// The built-in rule library: compiled once at build time (scripts/build.mjs) into build/library/, loaded from there
// at run time so a check never compiles the library.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { diagnostic, PlangateError } from '../diagnostics';
import { packagePath } from '../package-root';
import { buildPolicySet } from './build-policy-set';
import type { LoadedRule, PolicySet, PolicySetShard } from './policy-set';
import { ALL_RESULTS_ENTRYPOINT } from './aggregate-module';
import { listRegoFiles, readRegoFiles } from './rego-sources';

/** Where the library's Rego sources live. */
export const LIBRARY_SOURCE_DIR = packagePath('policies');
/** Where the build writes the compiled library. */
export const LIBRARY_BUILD_DIR = packagePath('build', 'library');

/** The built-in library: its policy set and the default parameters of its rules. */
export interface BuiltinLibrary {
  set: PolicySet;
  defaults: Record<string, unknown>;
}

interface LibraryManifest {
  rules: LoadedRule[];
  shards?: PolicySetShard[];
  defaults: Record<string, unknown>;
}

/** The library's default parameters (policies/defaults.yaml). */
export function readLibraryDefaults(dir = LIBRARY_SOURCE_DIR): Record<string, unknown> {
  return (parse(readFileSync(join(dir, 'defaults.yaml'), 'utf8')) ?? {}) as Record<string, unknown>;
}

/** Compiles the library's sources into `outDir` (library.wasm + library.json), atomically. */
export function buildLibrary(sourceDir = LIBRARY_SOURCE_DIR, outDir = LIBRARY_BUILD_DIR): PolicySet {
  const files = readRegoFiles(listRegoFiles(['.'], false, sourceDir), sourceDir).map((f) => ({ ...f, path: join('policies', f.path) }));
  const set = buildPolicySet('built-in library', files, 'builtin', { cacheDir: false });
  const manifest: LibraryManifest = { rules: set.rules, ...(set.shards ? { shards: set.shards } : {}), defaults: readLibraryDefaults(sourceDir) };
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of [['library.wasm', set.wasm], ['library.json', JSON.stringify(manifest)]] as const) {
    const tmp = join(outDir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, join(outDir, name));
  }
  return set;
}

/** Loads the precompiled library. */
export function loadLibrary(dir = LIBRARY_BUILD_DIR): BuiltinLibrary {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')) as LibraryManifest;
    const wasm = new Uint8Array(readFileSync(join(dir, 'library.wasm')));
    return { set: { name: 'built-in library', wasm, rules: manifest.rules, allEntrypoint: ALL_RESULTS_ENTRYPOINT, ...(manifest.shards ? { shards: manifest.shards } : {}) }, defaults: manifest.defaults };
  } catch (err) {
    throw new PlangateError(diagnostic('internal_error', `the built-in library is not built (${(err as Error).message}); run npm run build`, { file: dir }));
  }
}
