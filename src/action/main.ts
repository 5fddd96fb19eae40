// Entry of the bundled GitHub Action (action/dist/index.js): runs it and hands its exit code to the runner.
import { runAction } from './run-action';

void runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    // Only a bug gets here: runAction turns every expected failure into diagnostics and an exit code.
    process.stderr.write(`plangate: internal error: ${err.stack ?? err.message}\n`);
    process.exitCode = 4;
  },
);
