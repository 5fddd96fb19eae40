// The conformance floor: runs OPA's whole default suite in-process and fails when a tier passes fewer cases than
// floor.json records, or when a case is skipped for anything but an out-of-scope built-in. Raise the floor (edit
// floor.json) when the figures improve; never lower it to hide a regression.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root';
import { createHostImplementations } from '../../src/rego';
import { loadCases } from './cases';
import { OUT_OF_SCOPE } from './out-of-scope';
import { runCases, tally, type CaseReport } from './run';

const SUITE = join(packageRoot(), 'test', 'conformance', 'cases', 'opa-v1');
const FLOOR = JSON.parse(readFileSync(join(__dirname, 'floor.json'), 'utf8')) as Record<string, number>;

describe('OPA conformance floor', () => {
  let reports: CaseReport[] = [];

  beforeAll(async () => {
    reports = await runCases(loadCases(SUITE), createHostImplementations().builtins);
  }, 900_000);

  test('the suite was found and every tier of the floor ran', () => {
    const tiers = new Set(reports.map((r) => r.tier));
    expect(Object.keys(FLOOR).filter((tier) => !tiers.has(tier))).toEqual([]);
  });

  test.each(Object.keys(FLOOR))('%s passes at least as many cases as the floor', (tier) => {
    const passed = tally(reports).get(tier)?.passed ?? 0;
    if (passed < FLOOR[tier]) {
      // The failing notes make a drop below the floor readable in the test output.
      const failures = reports.filter((r) => r.tier === tier && r.status === 'fail').map((r) => `${r.note}: ${r.reason ?? ''}`);
      throw new Error(`${tier}: ${passed} passed, below the floor of ${FLOOR[tier]}; failing:\n${failures.join('\n')}`);
    }
    expect(passed).toBeGreaterThanOrEqual(FLOOR[tier]);
  });

  test('every skip names an out-of-scope built-in', () => {
    const reasons = new Set(OUT_OF_SCOPE.map((o) => o.reason));
    const bad = reports.filter((r) => r.status === 'skip' && !reasons.has(r.reason ?? '')).map((r) => `${r.note}: ${r.reason ?? '(no reason)'}`);
    expect(bad).toEqual([]);
  });
});
