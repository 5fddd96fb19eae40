#!/usr/bin/env node
'use strict';
// The plangate command: a thin launcher for the compiled CLI in dist/.
require('../dist/cli/main.js').main(process.argv).then((code) => {
  process.exitCode = code;
});
