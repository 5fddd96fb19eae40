// Reads an OPA bundle (.tar.gz, or plain tar): names with or without a leading "/", data.json/data.yaml
// files mounted at their directory path, Wasm modules from `.manifest` wasm[].module (bundles from
// `opa build -t wasm` included). Path traversal, links and absurd sizes are rejected, never trusted.
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { diagnostic, errorText, PlangateError } from '../../diagnostics';
import { parseManifest, type BundleManifest } from './manifest';
import { readTar, TarError, type TarLimits } from './tar';

/**
 * Bounds of a bundle once decompressed: 128 MiB in all (and per file), 10,000 files. A bundle may come with a pull
 * request, and gzip compresses a run of zeros about 1,000 to 1: OPA's own 1 GiB default let a 478 KB bundle take
 * 3.7 GB. The decompressor stops at the limit instead of inflating the whole archive first.
 */
export const DEFAULT_BUNDLE_LIMITS: TarLimits = { maxEntries: 10_000, maxEntryBytes: 128 * 1024 ** 2, maxTotalBytes: 128 * 1024 ** 2 };

/** One Wasm module of a bundle with the entrypoints the manifest lists for it, in order. */
export interface BundleWasmModule {
  path: string;
  entrypoints: string[];
  bytes: Uint8Array;
}

/** A bundle's contents. Paths are canonical: no leading "/". */
export interface LoadedBundle {
  manifest: BundleManifest;
  /** The base data document (for the SDK's setData), every data file mounted at its directory. */
  data: Record<string, unknown>;
  wasm: BundleWasmModule[];
  /** Rego sources shipped in the bundle. */
  modules: { path: string; text: string }[];
}

/** Options of readBundle. */
export interface ReadBundleOptions {
  /** Name for diagnostics (e.g. the bundle's file path). */
  name?: string;
  limits?: TarLimits;
}

const DATA_FILES = new Set(['data.json', 'data.yaml', 'data.yml']);

class BundleError extends Error {}

/** "a/b/c" from "/a/b/c", "./a/b/c" …; throws on "..", empty segments, backslashes and NUL. */
export function canonicalBundlePath(name: string): string {
  const stripped = name.replace(/^(\.?\/)+/, '');
  const segments = stripped.split('/');
  if (!stripped || name.includes('\\') || name.includes('\0') || segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new BundleError(`unsafe or invalid path in bundle: ${JSON.stringify(name)}`);
  }
  return stripped;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function mergeInto(target: Record<string, unknown>, value: Record<string, unknown>, at: string[]): void {
  for (const [k, v] of Object.entries(value)) {
    const existing = target[k];
    if (existing === undefined) target[k] = v;
    else if (isRecord(existing) && isRecord(v)) mergeInto(existing, v, [...at, k]);
    else throw new BundleError(`conflicting data at ${[...at, k].join('/')}`);
  }
}

function mountData(root: Record<string, unknown>, dir: string[], value: unknown, file: string): void {
  if (dir.length === 0) {
    if (!isRecord(value)) throw new BundleError(`${file}: data at the bundle root must be an object`);
    mergeInto(root, value, []);
    return;
  }
  let wrapped: Record<string, unknown> = { [dir[dir.length - 1]]: value };
  for (let i = dir.length - 2; i >= 0; i--) wrapped = { [dir[i]]: wrapped };
  mergeInto(root, wrapped, []);
}

function parseDataFile(path: string, bytes: Uint8Array, format = path.endsWith('.json') ? 'json' : 'yaml'): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new BundleError(`${path}: ${errorText(e)}`);
  }
}

function unpack(bytes: Uint8Array, limits: TarLimits): Map<string, Uint8Array> {
  let tar = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      // The tar headers (512 bytes per file, plus padding) come on top of the contents.
      tar = gunzipSync(bytes, { maxOutputLength: limits.maxTotalBytes + limits.maxEntries * 1024 + 1024 * 1024 });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new BundleError(`cannot decompress bundle: it decompresses to more than the ${limits.maxTotalBytes}-byte limit (gzip bomb?); refused`);
      }
      throw new BundleError(`cannot decompress bundle: ${errorText(e)}`);
    }
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of readTar(tar, limits)) {
    const path = canonicalBundlePath(entry.name);
    if (files.has(path)) throw new BundleError(`duplicate bundle entry ${path}`);
    files.set(path, entry.data);
  }
  return files;
}

function assemble(files: Map<string, Uint8Array>): LoadedBundle {
  const manifestBytes = files.get('.manifest');
  // The manifest is always JSON, whatever its (extension-less) name.
  const parsed = parseManifest(manifestBytes ? parseDataFile('.manifest', manifestBytes, 'json') : {});
  if (typeof parsed === 'string') throw new BundleError(parsed);
  const data: Record<string, unknown> = {};
  const modules: { path: string; text: string }[] = [];
  for (const [path, bytes] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const parts = path.split('/');
    if (DATA_FILES.has(parts[parts.length - 1])) mountData(data, parts.slice(0, -1), parseDataFile(path, bytes), path);
    else if (path.endsWith('.rego')) modules.push({ path, text: new TextDecoder().decode(bytes) });
  }
  const wasm: BundleWasmModule[] = [];
  for (const entry of parsed.wasm) {
    const path = canonicalBundlePath(entry.module);
    let mod = wasm.find((w) => w.path === path);
    if (!mod) {
      const bytes = files.get(path);
      if (!bytes) throw new BundleError(`.manifest names module ${entry.module}, which the bundle does not contain`);
      mod = { path, entrypoints: [], bytes };
      wasm.push(mod);
    }
    if (entry.entrypoint) mod.entrypoints.push(entry.entrypoint);
  }
  return { manifest: parsed, data, wasm, modules };
}

/** Reads a bundle; throws PlangateError (policy_error) when it is malformed or unsafe. */
export function readBundle(bytes: Uint8Array, options: ReadBundleOptions = {}): LoadedBundle {
  try {
    return assemble(unpack(bytes, options.limits ?? DEFAULT_BUNDLE_LIMITS));
  } catch (e) {
    if (e instanceof BundleError || e instanceof TarError) {
      throw new PlangateError(diagnostic('policy_error', `invalid bundle: ${e.message}`, options.name ? { file: options.name } : undefined));
    }
    throw e;
  }
}
