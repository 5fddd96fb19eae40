// The bundle `.manifest` as OPA writes and reads it (v1/bundle/bundle.go Manifest): field order, defaults,
// and Go encoding/json's output (compact, HTML characters escaped) so our bundles match `opa build`.

/** One Wasm module entry of the manifest. */
export interface ManifestWasmEntry {
  entrypoint: string;
  module: string;
}

/** The manifest fields plangate reads and writes. */
export interface BundleManifest {
  revision: string;
  roots: string[];
  wasm: ManifestWasmEntry[];
  rego_version?: number;
  /** Rego version by file path (or glob) inside the bundle, overriding rego_version. */
  file_rego_versions?: Record<string, number>;
  metadata?: Record<string, unknown>;
}

/** JSON like Go's encoding/json: compact, with <, > and & escaped as \u003c, \u003e, \u0026. */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The manifest `opa build -t wasm` writes for these entrypoints, fields in Go struct order. */
export function buildManifest(entrypoints: readonly string[], module: string, revision = '', roots: readonly string[] = ['']): BundleManifest {
  return { revision, roots: [...roots], wasm: entrypoints.map((entrypoint) => ({ entrypoint, module })), rego_version: 1 };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Validates a parsed manifest, filling OPA's defaults; returns an error message for a malformed one. */
export function parseManifest(raw: unknown): BundleManifest | string {
  if (!isRecord(raw)) return '.manifest is not a JSON object';
  const revision = raw.revision ?? '';
  if (typeof revision !== 'string') return '.manifest revision is not a string';
  const roots = raw.roots ?? [''];
  if (!Array.isArray(roots) || !roots.every((r) => typeof r === 'string')) return '.manifest roots is not a list of strings';
  const wasm = raw.wasm ?? [];
  if (!Array.isArray(wasm)) return '.manifest wasm is not a list';
  const entries: ManifestWasmEntry[] = [];
  for (const w of wasm) {
    if (!isRecord(w) || typeof w.module !== 'string' || (w.entrypoint !== undefined && typeof w.entrypoint !== 'string')) {
      return '.manifest wasm entries need a string module and entrypoint';
    }
    entries.push({ entrypoint: (w.entrypoint as string | undefined) ?? '', module: w.module });
  }
  const manifest: BundleManifest = { revision, roots: roots as string[], wasm: entries };
  if (typeof raw.rego_version === 'number') manifest.rego_version = raw.rego_version;
  if (isRecord(raw.file_rego_versions)) {
    const versions = Object.entries(raw.file_rego_versions);
    if (!versions.every(([, v]) => v === 0 || v === 1)) return '.manifest file_rego_versions values must be 0 or 1';
    manifest.file_rego_versions = Object.fromEntries(versions) as Record<string, number>;
  }
  if (isRecord(raw.metadata)) manifest.metadata = raw.metadata;
  return manifest;
}

/** A glob of file_rego_versions (`*` within a path segment, `**` across, `?` one character) as a regular expression. */
function globPattern(glob: string): RegExp {
  const parts = glob.replace(/^\//, '').split('**').map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'));
  return new RegExp(`^${parts.join('.*')}$`);
}

/**
 * The Rego version of a bundle file, as OPA decides it: file_rego_versions (exact path or glob) first, then the
 * bundle's rego_version (0 is v0); a bundle that says nothing is v1, OPA 1.x's default.
 */
export function bundleFileRegoVersion(manifest: BundleManifest, path: string): 'v0' | 'v1' {
  const file = path.replace(/^\//, '');
  for (const [glob, version] of Object.entries(manifest.file_rego_versions ?? {})) {
    if (globPattern(glob).test(file)) return version === 0 ? 'v0' : 'v1';
  }
  return manifest.rego_version === 0 ? 'v0' : 'v1';
}
