#!/usr/bin/env node
'use strict';
// The plangate command: a thin launcher for the compiled CLI in dist/. `--version` alone is answered here, so it
// does not pay for loading the compiler and engine.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(require('../package.json').version + '\n');
} else {
  require('../dist/cli/main.js').main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
