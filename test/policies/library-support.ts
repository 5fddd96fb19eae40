// Shared by the library's tests: rebuilds build/library/ when a policy source is newer than it (as `npm run build`
// would), and lists the library's rule ids from the sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildLibrary, LIBRARY_BUILD_DIR, LIBRARY_SOURCE_DIR } from '../../src/engine';

function policyFiles(dir = LIBRARY_SOURCE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return policyFiles(path);
    return /\.(rego|yaml)$/.test(e.name) ? [path] : [];
  });
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds the library unless build/library/ is newer than every policy source. */
export function ensureLibraryBuilt(): void {
  const built = Math.min(mtime(join(LIBRARY_BUILD_DIR, 'library.json')), mtime(join(LIBRARY_BUILD_DIR, 'library.wasm')));
  if (policyFiles().some((f) => !f.endsWith('_test.rego') && mtime(f) > built)) buildLibrary();
}

/** The ids of the library's rules, read from their METADATA blocks, with the file of each. */
export function libraryRuleIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of policyFiles().filter((f) => f.endsWith('.rego') && !f.endsWith('_test.rego'))) {
    const id = /^# {3}id: (\S+)$/m.exec(readFileSync(file, 'utf8'));
    if (id && !file.includes(`${join(LIBRARY_SOURCE_DIR, 'lib')}/`)) ids.set(id[1], file);
  }
  return ids;
}
