// Public surface of OPA bundle support: write the `opa build -t wasm` layout, read bundles back.
export { readBundle, canonicalBundlePath, DEFAULT_BUNDLE_LIMITS } from './read';
export type { LoadedBundle, BundleWasmModule, ReadBundleOptions } from './read';
export { writeBundle, POLICY_WASM_PATH } from './write';
export type { BundleContents } from './write';
export { buildManifest, bundleFileRegoVersion, goJson } from './manifest';
export type { BundleManifest, ManifestWasmEntry } from './manifest';
export type { TarLimits } from './tar';
