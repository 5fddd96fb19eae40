// Link time and size for a policy of 500 small rule functions (the figure plangate's compile-on-the-fly relies
// on), checked for correctness through the SDK when the runtime is built.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type { Policy, Stmt } from '../../../src/rego/ir/types';
import { emitPolicyModule, loadRuntimeModule } from '../../../src/rego/wasm';
import { fakeRuntimeBytes } from '../../support/fake-runtime';
import { block, loc, PolicyBuilder, resultOf } from '../../support/ir-builders';
import { builtRuntime } from '../../support/wasm-runtime';
import { wasmApi } from '../../support/webassembly';

const RULES = 500;

/** Rule i: `r<i> := input.x<i>`; the plan builds {r<i>: value} over every rule. */
function manyRules(): Policy {
  const b = new PolicyBuilder();
  const planStmts: Stmt[] = [{ kind: 'MakeObjectStmt', target: 2 }];
  for (let i = 0; i < RULES; i++) {
    b.func(`g0.data.p.r${i}`, [0, 1], 2, [
      block({ kind: 'DotStmt', source: loc(0), key: b.str(`x${i}`), target: 3 }, { kind: 'AssignVarOnceStmt', source: loc(3), target: 2 }),
      block({ kind: 'ReturnLocalStmt', source: 2 }),
    ], ['g0', 'p', `r${i}`]);
    planStmts.push({ kind: 'BlockStmt', blocks: [block(
      { kind: 'CallStmt', func: `g0.data.p.r${i}`, args: [loc(0), loc(1)], result: 3 },
      { kind: 'ObjectInsertStmt', key: b.str(`r${i}`), value: loc(3), object: 2 },
    )] });
  }
  b.plan('p', block(...planStmts, ...resultOf(b, 2, 4)));
  return b.build();
}

const runtimeBytes = builtRuntime() ?? fakeRuntimeBytes();

test(`linking ${RULES} rule functions takes milliseconds`, async () => {
  const policy = manyRules();
  const runtime = loadRuntimeModule(runtimeBytes);
  const coldStart = performance.now();
  emitPolicyModule(policy, { runtime });
  const cold = performance.now() - coldStart;
  // Best of several warm runs: the figure least disturbed by other processes on a shared machine.
  let best = Infinity;
  let bytes = new Uint8Array();
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    bytes = emitPolicyModule(policy, { runtime });
    best = Math.min(best, performance.now() - started);
  }
  process.stderr.write(`link ${RULES} functions: cold ${cold.toFixed(1)} ms, warm best ${best.toFixed(1)} ms, module ${bytes.length} bytes (runtime ${runtimeBytes.length} bytes)\n`);
  // Generous bound: ~10 ms on an idle machine; this only catches accidental quadratic behaviour.
  expect(best).toBeLessThan(1000);
  expect(wasmApi.validate(bytes)).toBe(true);
  if (!builtRuntime()) return;
  const sdk = await loadPolicy(bytes);
  const input = Object.fromEntries(Array.from({ length: RULES }, (_, i) => [`x${i}`, i]));
  const [{ result }] = sdk.evaluate(input) as [{ result: Record<string, number> }];
  expect(Object.keys(result)).toHaveLength(RULES);
  expect(result.r499).toBe(499);
});
