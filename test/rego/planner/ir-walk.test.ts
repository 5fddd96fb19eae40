// IR utilities over a planned policy: walkPolicy reaches statements nested in blocks, scans, negations
// and with-scopes; printPolicy is stable (same policy, same text).
import { compileModules } from '../../../src/rego/compiler';
import { printPolicy } from '../../../src/rego/ir/print';
import type { Stmt } from '../../../src/rego/ir/types';
import { walkPolicy } from '../../../src/rego/ir/walk';
import { parseModule } from '../../../src/rego/parser';
import { planPolicy } from '../../../src/rego/planner';
import { testBuiltinLookup } from '../../support/ir-builtins';

const SOURCE = `package test

p if {
	some x in input.xs
	not x == 3
	y := x with input.v as 1
	y > 0
}
`;

function plan(): ReturnType<typeof planPolicy> {
  const { program, diagnostics } = compileModules([parseModule('walk.rego', SOURCE)], { builtins: testBuiltinLookup });
  expect(diagnostics).toEqual([]);
  return planPolicy(program, { entrypoints: ['test/p'] });
}

describe('IR walk and print', () => {
  test('walkPolicy visits nested statements', () => {
    const kinds = new Set<Stmt['kind']>();
    walkPolicy(plan(), (s) => kinds.add(s.kind));
    for (const k of ['ScanStmt', 'NotStmt', 'WithStmt', 'CallStmt', 'ResultSetAddStmt', 'ReturnLocalStmt'] as const) expect(kinds).toContain(k);
  });

  test('printPolicy is deterministic', () => {
    expect(printPolicy(plan())).toBe(printPolicy(plan()));
  });
});
