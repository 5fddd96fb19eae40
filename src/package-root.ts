// Finds plangate's package root (the folder of its package.json) from wherever the code runs: src/ under
// ts-jest, dist/ after the build, or a single bundled file (the GitHub Action, dev scripts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function isPlangateRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'plangate';
  } catch {
    return false;
  }
}

let cached: string | undefined;

/** The directory holding plangate's package.json, schemas/, policies/ and build/. */
export function packageRoot(): string {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (isPlangateRoot(dir)) return (cached = dir);
    if (dirname(dir) === dir) throw new Error(`plangate's package.json was not found above ${__dirname}`);
  }
}

/** A path inside the package root. */
export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
