// Writes an OPA bundle (.tar.gz) the way `opa build -t wasm` lays it out: /data.json, the Rego modules,
// /policy.wasm, then /.manifest last; names with a leading "/", mode 0600, deterministic bytes.
import { gzipSync } from 'node:zlib';
import { buildManifest, goJson } from './manifest';
import { writeTar, type TarEntry } from './tar';

/** Where the policy module goes inside the bundle (the path the SDK's tests extract). */
export const POLICY_WASM_PATH = '/policy.wasm';

/** What goes into a bundle. */
export interface BundleContents {
  /** The compiled module. */
  wasm: Uint8Array;
  /** Entrypoints in id order (slash paths, e.g. "example/allow"). */
  entrypoints: readonly string[];
  /** Base data document; `{}` when absent. */
  data?: unknown;
  /** Rego sources to ship alongside, by bundle path. */
  modules?: readonly { path: string; text: string }[];
  revision?: string;
  roots?: readonly string[];
  /** Rego version of the modules, recorded as the manifest's rego_version (default v1). */
  regoVersion?: 'v0' | 'v1';
}

function bundlePath(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/** The bundle as gzip-compressed tar bytes. */
export function writeBundle(contents: BundleContents): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const entries: TarEntry[] = [{ name: '/data.json', data: encoder.encode(`${goJson(contents.data ?? {})}\n`) }];
  for (const m of contents.modules ?? []) entries.push({ name: bundlePath(m.path), data: encoder.encode(m.text) });
  entries.push({ name: POLICY_WASM_PATH, data: contents.wasm });
  const manifest = { ...buildManifest(contents.entrypoints, POLICY_WASM_PATH, contents.revision, contents.roots), ...(contents.regoVersion === 'v0' ? { rego_version: 0 } : {}) };
  entries.push({ name: '/.manifest', data: encoder.encode(goJson(manifest)) });
  return new Uint8Array(gzipSync(writeTar(entries), { level: 9 }));
}
