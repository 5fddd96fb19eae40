// Writes docs/rules.md from the built-in library (build it first: npm run build), or with --check says whether
// the committed page is current and exits 1 when it is not.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRules } from '../../src/engine';
import { packagePath } from '../../src/package-root';
import { REGENERATE, renderRulesDoc } from './render';

const PAGE = join(packagePath('docs'), 'rules.md');

async function main(): Promise<number> {
  const page = renderRulesDoc(await listRules({ builtin: true }));
  if (!process.argv.includes('--check')) {
    writeFileSync(PAGE, page);
    return 0;
  }
  if (readFileSync(PAGE, 'utf8') === page) return 0;
  process.stderr.write(`docs/rules.md is stale; run ${REGENERATE}\n`);
  return 1;
}

main().then((code) => process.exit(code), (err: Error) => {
  process.stderr.write(`rules-doc: ${err.message}\n`);
  process.exit(1);
});
