#!/usr/bin/env node
'use strict';
// The plangate command: a thin launcher for the bundled CLI (dist/plangate.js, loaded with its code cache).
// `--version` alone is answered here, so it does not pay for loading the bundle.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(require('../package.json').version + '\n');
} else {
  const { join } = require('node:path');
  const { loadBundle } = require('./bundle-loader.js');
  const dist = join(__dirname, '..', 'dist');
  loadBundle(join(dist, 'plangate.js'), join(dist, 'plangate.cache')).exports.main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
