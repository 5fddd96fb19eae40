// Loads conformance cases (OPA's YAML test-case format, test/conformance/cases/README.md) from any directory tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/** One conformance case as written in the YAML files. */
export interface ConformanceCase {
  note: string;
  modules?: string[];
  query: string;
  data?: unknown;
  input?: unknown;
  input_term?: string;
  want_result?: Record<string, unknown>[];
  sort_bindings?: boolean;
  want_error_code?: string;
  want_error?: string;
  strict_error?: boolean;
  /** Where the case came from: file path relative to the root, and the tier (first folder below the root). */
  file: string;
  tier: string;
}

/** Every YAML file below `root`, sorted so runs are reproducible. */
function yamlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** Reads all cases below `root`; the tier is the first folder under root ("core", "builtins"), or the root's name. */
export function loadCases(root: string): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  for (const path of yamlFiles(root)) {
    const rel = relative(root, path);
    const parts = rel.split(sep);
    const tier = parts.length > 1 ? parts[0] : 'cases';
    const doc = parse(readFileSync(path, 'utf8'), { maxAliasCount: 100 }) as { cases?: Omit<ConformanceCase, 'file' | 'tier'>[] } | null;
    for (const c of doc?.cases ?? []) cases.push({ ...c, file: rel, tier });
  }
  return cases;
}
