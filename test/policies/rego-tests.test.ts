// The library's Rego unit tests (policies/**/*_test.rego), as `plangate test` runs them: none fails, and every
// rule of the library has at least two tests of its own.
import { readFileSync } from 'node:fs';
import { runRegoTests, type TestOutcome } from '../../src/engine';
import { main } from '../../src/cli/main';
import { libraryRuleIds } from './library-support';

// A rule's tests live in package plangate.rules.<name>_test, beside plangate.rules.<name>.
function packageOf(ruleFile: string): string {
  const match = /^package (\S+)$/m.exec(readFileSync(ruleFile, 'utf8'));
  if (!match) throw new Error(`${ruleFile} has no package line`);
  return match[1];
}

describe('library Rego tests', () => {
  let outcomes: TestOutcome[];

  beforeAll(async () => {
    outcomes = await runRegoTests([]);
  });

  it('all pass', () => {
    expect(outcomes.filter((t) => t.status !== 'pass')).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(100);
  });

  it('cover every rule with at least two tests', () => {
    const counts = new Map<string, number>();
    for (const t of outcomes) {
      const pkg = t.name.replace(/^data\./, '').replace(/_test\.test_[^.]+$/, '');
      counts.set(pkg, (counts.get(pkg) ?? 0) + 1);
    }
    const thin = [...libraryRuleIds()].map(([id, file]) => ({ id, tests: counts.get(packageOf(file)) ?? 0 })).filter((r) => r.tests < 2);
    expect(thin).toEqual([]);
  });

  it('plangate test reports them all passed', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    let code: number;
    try {
      code = await main(['node', 'plangate', 'test']);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(new RegExp(`^${outcomes.length} passed, 0 failed$`, 'm'));
    expect(code).toBe(0);
  });
});
