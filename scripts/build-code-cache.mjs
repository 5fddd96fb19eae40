// Makes dist/plangate.cache: V8's code cache of the bundled CLI after it has checked the demo inputs, so it holds
// the functions a check runs, not only the bundle's top level. bin/bundle-loader.js uses it; Node rejects a cache
// made by another version, and the CLI then compiles as usual.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadBundle } = require(join(root, 'bin', 'bundle-loader.js'));
const bundle = join(root, 'dist', 'plangate.js');
const cache = join(root, 'dist', 'plangate.cache');

rmSync(cache, { force: true });
const out = mkdtempSync(join(tmpdir(), 'plangate-code-cache-'));
const { exports, script } = loadBundle(bundle, cache);
const writers = { out: process.stdout.write, err: process.stderr.write };
// The training run's reports go to a temporary folder; what it prints is not this script's to print.
process.stdout.write = process.stderr.write = () => true;
try {
  await exports.main(['node', 'plangate', 'check', join(root, 'fixtures', 'demo'), '-f', 'json,html,sarif,junit,markdown,text', '-o', out, '--no-color']);
} finally {
  process.stdout.write = writers.out;
  process.stderr.write = writers.err;
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(cache, script.createCachedData());
