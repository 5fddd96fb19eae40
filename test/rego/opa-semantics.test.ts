// Rego semantics the OPA v1 suite does not pin down but real policy suites rely on (issue 18), as cases in OPA's
// conformance format (opa-semantics/*.yaml), each written from OPA's documented behaviour and compiler stages and
// run end to end: plangate's compiler, the Wasm module, @open-policy-agent/opa-wasm.
import { join } from 'node:path';
import { createHostImplementations } from '../../src/rego';
import { loadCases } from '../conformance/cases';
import { runCase } from '../conformance/harness';
import { compileWithPlangate } from '../conformance/run';

const cases = loadCases(join(__dirname, 'opa-semantics'));

describe('OPA semantics', () => {
  const host = createHostImplementations().builtins;
  test.each(cases.map((c) => [`${c.file}: ${c.note}`, c] as const))('%s', async (_name, c) => {
    const outcome = await runCase(c, compileWithPlangate, host);
    expect(outcome.reason ?? outcome.status).toBe('pass');
  });
});
