// Refreshes the data vendored from the project's shared folder: `node scripts/vendor-shared.mjs <shared-dir>`.
// Tests read only the copies inside the repository, so a clone passes without the shared folder beside it; this
// script is how the copies are brought up to date when the source changes. Each entry replaces its destination
// whole, so files removed at the source disappear here too; the licence notices written beside them
// (test/conformance/cases/PROVENANCE.md, fixtures/real/LICENSES.md) are the repository's own and stay.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Source (relative to the shared folder) → destination (relative to the repository), with what it is. */
const VENDORED = [
  { from: 'conformance/opa-v1', to: 'test/conformance/cases/opa-v1', what: "OPA's Rego conformance cases" },
  { from: 'conformance/README.md', to: 'test/conformance/cases/README.md', what: 'the case format and provenance of the cases' },
  { from: 'fixtures/real/terraform', to: 'fixtures/real/terraform', what: 'real-world Terraform plans' },
  { from: 'fixtures/real/kubernetes', to: 'fixtures/real/kubernetes', what: 'real-world Kubernetes manifests' },
  { from: 'fixtures/real/PROVENANCE.md', to: 'fixtures/real/PROVENANCE.md', what: 'where each real file comes from' },
  { from: 'spec/CONTRACT.md', to: 'docs/CONTRACT.md', what: 'the public contract' },
];

const shared = process.argv[2];
if (!shared) {
  process.stderr.write('usage: node scripts/vendor-shared.mjs <shared-dir>\n');
  process.exit(2);
}
const missing = VENDORED.filter((v) => !existsSync(join(shared, v.from)));
if (missing.length > 0) {
  process.stderr.write(`vendor-shared: not found in ${resolve(shared)}: ${missing.map((v) => v.from).join(', ')}\n`);
  process.exit(3);
}
for (const v of VENDORED) {
  const to = join(root, v.to);
  rmSync(to, { recursive: true, force: true });
  cpSync(join(shared, v.from), to, { recursive: true });
  process.stderr.write(`vendor-shared: ${v.to} ← ${v.from} (${v.what})\n`);
}
