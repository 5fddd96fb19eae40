#!/usr/bin/env node
'use strict';
// The plangate command: a thin launcher for the bundled CLI (dist/plangate.js). `--version` alone is answered here,
// so it does not pay for loading the bundle. Node's on-disk compile cache (Node >= 22.1) makes later starts cheaper;
// Node 20 has no such cache and skips it.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(require('../package.json').version + '\n');
} else {
  const { enableCompileCache } = require('node:module');
  if (typeof enableCompileCache === 'function') enableCompileCache();
  require('../dist/plangate.js').main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
