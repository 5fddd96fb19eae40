// Expected results of every built-in rule on its fixtures (fixtures/rules/<rule-id>/pass.* and fail.*): on a pass
// fixture the rule judges something and passes it all; on a fail fixture it fails a resource, naming it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { check } from '../../src/engine';
import type { Result } from '../../src/report';
import { ensureLibraryBuilt, libraryRuleIds } from './library-support';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'fixtures', 'rules');

interface Case {
  ruleId: string;
  file: string;
  expect: 'pass' | 'fail';
}

const cases: Case[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => readdirSync(join(FIXTURES, e.name))
    .filter((f) => /^(pass|fail)[\w-]*\.(json|ya?ml)$/.test(f))
    .map((f): Case => ({ ruleId: e.name, file: join('fixtures', 'rules', e.name, f), expect: f.startsWith('pass') ? 'pass' : 'fail' })));

function parametersOf(ruleId: string): Record<string, unknown>[] {
  const file = join(FIXTURES, ruleId, 'params.yaml');
  return existsSync(file) ? [parse(readFileSync(file, 'utf8')) as Record<string, unknown>] : [];
}

async function resultsOf(c: Case): Promise<Result[]> {
  const { report, diagnostics } = await check({ paths: [c.file], parameters: parametersOf(c.ruleId), cwd: ROOT, cacheDir: false });
  expect(diagnostics).toEqual([]);
  return report.results.filter((r) => r.ruleId === c.ruleId);
}

beforeAll(() => ensureLibraryBuilt());

describe('rule fixtures', () => {
  it('every rule of the library has a pass and a fail fixture', () => {
    for (const id of libraryRuleIds().keys()) {
      expect(cases.filter((c) => c.ruleId === id).map((c) => c.expect).sort()).toEqual(expect.arrayContaining(['fail', 'pass']));
    }
    expect([...new Set(cases.map((c) => c.ruleId))].sort()).toEqual([...libraryRuleIds().keys()].sort());
  });

  it.each(cases.filter((c) => c.expect === 'pass'))('$ruleId passes everything it judges in $file', async (c) => {
    const results = await resultsOf(c);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
  });

  it.each(cases.filter((c) => c.expect === 'fail'))('$ruleId fails a resource of $file, naming it', async (c) => {
    const failures = (await resultsOf(c)).filter((r) => r.status === 'fail');
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) expect(f.message).toContain(f.resource.address);
  });
});
