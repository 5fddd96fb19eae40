// Public surface of the on-disk compile cache.
export { CompileCache, resolveCacheDir, CACHE_DIR_ENV, DEFAULT_CACHE_SUBDIR } from './store';
export type { CacheResult } from './store';
export { cacheKey, canonicalJson } from './key';
export type { CacheKeyInput } from './key';
