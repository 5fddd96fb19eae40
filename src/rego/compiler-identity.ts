// The identity of the compiler for cache keys: the package version plus a digest of the runtime module and of the
// compiler's own code, so a rebuilt compiler never reuses modules compiled by an older one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packagePath } from '../package-root';
import { VERSION } from '../version';

let identity: string | undefined;

function addTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addTree(hash, path);
    else if (/\.(js|ts)$/.test(name)) hash.update(name).update(readFileSync(path));
  }
}

/**
 * `VERSION+digest` over build/runtime.wasm and the compiler's code: this folder's .js or .ts files, or the one
 * bundle file this code was bundled into (the CLI and the Action), whose other modules then count too.
 */
export function compilerIdentity(): string {
  if (!identity) {
    const hash = createHash('sha256');
    const runtime = packagePath('build', 'runtime.wasm');
    if (existsSync(runtime)) hash.update(readFileSync(runtime));
    if (basename(__dirname) === 'rego') addTree(hash, __dirname);
    else hash.update(readFileSync(__filename));
    identity = `${VERSION}+${hash.digest('hex').slice(0, 16)}`;
  }
  return identity;
}
