// Quick fuzz run of the suite (a few thousand cases): the input readers and the Rego parser survive random and
// mutated real files. The long campaign is `node scripts/fuzz.mjs`.
import fc from 'fast-check';
import { checkInputCase, fuzzProperties, loadSeeds } from './properties';

const seeds = loadSeeds();
const properties = fuzzProperties(seeds);
const RUNS: Record<string, number> = {
  'mutated real inputs (bytes)': 1200,
  'mutated real inputs (JSON structure)': 600,
  'random bytes as inputs': 800,
  'hostile file names and messages': 400,
  'mutated real policies (Rego parser)': 1000,
};

// Readers must not print: a process warning (the YAML library's, say) would put input text on stderr.
const warnings: string[] = [];
const onWarning = (w: Error): void => void warnings.push(w.message);
beforeAll(() => process.on('warning', onWarning));
afterAll(() => process.off('warning', onWarning));

describe('fuzzing', () => {
  test('the seeds are the real fixtures', () => {
    expect(seeds.inputs.length).toBeGreaterThan(20);
    expect(seeds.rego.length).toBeGreaterThan(50);
    // Unmutated seeds are read without a throw too (some real fixtures are partial on purpose).
    for (const [i, bytes] of seeds.inputs.entries()) checkInputCase(bytes, `seed-${i}.json`);
  });

  test.each(Object.keys(RUNS))('%s', (name) => {
    fc.assert(properties[name], { numRuns: RUNS[name], seed: 20261121 });
  });

  test('no case made the readers emit a process warning', () => {
    expect(warnings).toEqual([]);
  });
});
