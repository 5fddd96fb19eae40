'use strict';
// Loads the bundled CLI with V8's code cache (dist/plangate.cache, made at build time by running a check), so a
// start compiles almost nothing: on Node 20 this is what `module.enableCompileCache()` does on Node 22. A cache from
// another Node version or build is rejected by V8 and the bundle compiles as usual.
const { readFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Runs the bundle at `bundlePath` as a CommonJS module; returns its exports and the compiled script. */
function loadBundle(bundlePath, cachePath) {
  const script = new vm.Script(wrap(readFileSync(bundlePath, 'utf8')), { filename: bundlePath, cachedData: readCache(cachePath) });
  const module = { exports: {}, filename: bundlePath };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { exports: module.exports, script };
}

module.exports = { loadBundle };
