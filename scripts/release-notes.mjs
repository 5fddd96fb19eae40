// Prints the release notes of one version from CHANGELOG.md (Keep a Changelog): the body of its
// `## [X.Y.Z] - YYYY-MM-DD` section. `node scripts/release-notes.mjs vX.Y.Z [CHANGELOG]`. The release workflow
// stops when the version has no dated, non-empty section: a release without notes is a mistake, not a default.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [tag, file = join(dirname(fileURLToPath(import.meta.url)), '..', 'CHANGELOG.md')] = process.argv.slice(2);

function fail(message) {
  process.stderr.write(`release-notes: ${message}\n`);
  process.exit(1);
}

const version = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag ?? '')?.[1];
if (!version) fail(`usage: node scripts/release-notes.mjs vX.Y.Z [CHANGELOG.md] (got ${tag ?? 'nothing'})`);

const lines = readFileSync(file, 'utf8').split(/\r?\n/);
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) fail(`${file} has no "## [${version}] - YYYY-MM-DD" section`);
if (!/^## \[[^\]]+\] - \d{4}-\d{2}-\d{2}\s*$/.test(lines[start])) fail(`${file}:${start + 1}: the ${version} heading has no release date: "## [${version}] - YYYY-MM-DD"`);
const next = lines.findIndex((l, i) => i > start && (l.startsWith('## ') || /^\[[^\]]+\]: /.test(l)));
const body = lines.slice(start + 1, next < 0 ? undefined : next).join('\n').trim();
if (body === '') fail(`${file}:${start + 1}: the ${version} section is empty`);
process.stdout.write(`${body}\n`);
