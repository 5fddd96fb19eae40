// The compile cache key: SHA-256 over the Rego sources (sorted by path), the compiler version and the compile
// options in canonical JSON, so any change that could change the module changes the key.
import { createHash } from 'node:crypto';

/** Everything a compiled module depends on. */
export interface CacheKeyInput {
  sources: readonly { path: string; text: string }[];
  compilerVersion: string;
  /** Compile options (entrypoints, capabilities …); plain JSON data. */
  options?: unknown;
}

/** JSON with object keys sorted at every level, so equal options always serialise alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Hex SHA-256 cache key. Fields are length-prefixed so no two inputs can collide by concatenation. */
export function cacheKey(input: CacheKeyInput): string {
  const h = createHash('sha256');
  const field = (text: string): void => {
    const bytes = Buffer.from(text, 'utf8');
    h.update(`${bytes.length}:`);
    h.update(bytes);
  };
  field('plangate-compile-cache/1');
  field(input.compilerVersion);
  field(canonicalJson(input.options ?? null));
  const sources = [...input.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  field(String(sources.length));
  for (const s of sources) {
    field(s.path);
    field(s.text);
  }
  return h.digest('hex');
}
