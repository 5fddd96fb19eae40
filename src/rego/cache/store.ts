// The on-disk compile cache: one file per key under <dir>/<key[0..2]>/<key>.bin. Writes go to a unique temp
// file and are renamed into place, so concurrent compilers never see a partial entry; anything unreadable
// or failing its checks is treated as a miss and overwritten.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { removeStaleTempFiles, trackTempFile, untrackTempFile } from '../../temp-files';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeEntry, encodeEntry } from './entry';
import { cacheKey, type CacheKeyInput } from './key';

/** Environment variable naming the cache directory. */
export const CACHE_DIR_ENV = 'PLANGATE_CACHE_DIR';
/** Cache directory relative to the working directory when the variable is unset. */
export const DEFAULT_CACHE_SUBDIR = join('.cache', 'plangate');

/** The cache directory: $PLANGATE_CACHE_DIR, else .cache/plangate under `cwd`. The caller passes its environment. */
export function resolveCacheDir(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env[CACHE_DIR_ENV];
  return fromEnv ? fromEnv : join(cwd, DEFAULT_CACHE_SUBDIR);
}

/** Best-effort removal of a temp file; a cache problem must never fail a compile. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there (e.g. the cache path is not a directory).
  }
}

/** Outcome of getOrCompile. */
export interface CacheResult {
  bytes: Uint8Array;
  hit: boolean;
  key: string;
}

/** A compile cache rooted at a directory. */
export class CompileCache {
  constructor(readonly dir: string) {}

  /** Path of the entry file for a key. */
  entryPath(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`invalid cache key ${key}`);
    return join(this.dir, key.slice(0, 2), `${key}.bin`);
  }

  /** The cached payload, or undefined when absent, unreadable or corrupt. */
  get(key: string): Uint8Array | undefined {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(this.entryPath(key));
    } catch {
      return undefined;
    }
    return decodeEntry(key, bytes);
  }

  /** Stores a payload atomically (temp file + rename); false when the cache directory is not writable. */
  put(key: string, payload: Uint8Array): boolean {
    const path = this.entryPath(key);
    const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    trackTempFile(temp);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      removeStaleTempFiles(join(this.dir, key.slice(0, 2)));
      writeFileSync(temp, encodeEntry(key, payload), { flush: true });
      renameSync(temp, path);
      return true;
    } catch {
      removeQuietly(temp);
      return false;
    } finally {
      untrackTempFile(temp);
    }
  }

  /** Synchronous getOrCompile, for synchronous compilers. */
  getOrCompileSync(input: CacheKeyInput, compile: () => Uint8Array): CacheResult {
    const key = cacheKey(input);
    const cached = this.get(key);
    if (cached) return { bytes: cached, hit: true, key };
    const bytes = compile();
    this.put(key, bytes);
    return { bytes, hit: false, key };
  }

  /** The cached module for these inputs, or the result of `compile`, which is then stored. */
  async getOrCompile(input: CacheKeyInput, compile: () => Uint8Array | Promise<Uint8Array>): Promise<CacheResult> {
    const key = cacheKey(input);
    const cached = this.get(key);
    if (cached) return { bytes: cached, hit: true, key };
    const bytes = await compile();
    this.put(key, bytes);
    return { bytes, hit: false, key };
  }
}
