// Long fuzz run of the input readers and the Rego parser: `node scripts/fuzz.mjs [--runs N] [--seed S] [--minutes M]`.
// The properties live in test/fuzz/properties.ts (the test suite runs a few thousand cases of the same).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(process.execPath, [join(root, 'scripts', 'run-ts.mjs'), join(root, 'test', 'fuzz', 'campaign.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
