// Planner semantics cases (cases/*.yaml, OPA's conformance case format) run through parser → compiler →
// planner → the test IR interpreter: every, with scopes, extents, ref heads, unification, defaults.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runCase } from './conformance-interp';

const DIR = join(__dirname, 'cases');

function loadCases(): Array<[string, Parameters<typeof runCase>[1]]> {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => (parseYaml(readFileSync(join(DIR, f), 'utf8')) as { cases: Array<Parameters<typeof runCase>[1]> }).cases)
    .map((c) => [c.note, c]);
}

describe('planner semantics', () => {
  test.each(loadCases())('%s', (_note, c) => {
    const outcome = runCase('planner', c);
    expect(outcome.reason ?? 'pass').toBe('pass');
  });
});
