// `npm run demo`: checks the bundled demo inputs, which are deliberately non-compliant, and writes the reports to
// ./plangate-report. Exit code 1 from plangate means "failing results found", which is what the demo shows, so
// the demo succeeds on 0 or 1 and fails on anything else (usage, input or policy errors).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = ['check', 'fixtures/demo', '--format', 'text,html,json', '--output-dir', 'plangate-report'];
const run = spawnSync(process.execPath, [join(root, 'bin', 'plangate.js'), ...args], { cwd: root, stdio: 'inherit' });
const code = run.status ?? 4;
if (code === 0 || code === 1) {
  process.stderr.write(`demo: plangate ${args.join(' ')} exited ${code} (${code === 1 ? 'failing results found, as the demo inputs intend' : 'no failing results'}); open plangate-report/report.html\n`);
  process.exit(0);
}
process.stderr.write(`demo: plangate exited ${code}\n`);
process.exit(code);
