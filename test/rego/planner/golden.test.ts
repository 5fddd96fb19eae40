// Golden IR dumps of a handful of policies (golden/*.rego → golden/*.ir); the first line of each policy
// lists its entrypoints (`# entrypoints: pkg/rule, …`). Rewrite with UPDATE_GOLDEN=1 and review the diff.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileModules } from '../../../src/rego/compiler';
import { printPolicy } from '../../../src/rego/ir/print';
import { parseModule } from '../../../src/rego/parser';
import { planPolicy } from '../../../src/rego/planner';
import { testBuiltinLookup } from '../../support/ir-builtins';
import { expectGolden } from '../../support/golden';

const DIR = join(__dirname, 'golden');

describe('planner golden IR', () => {
  test.each(readdirSync(DIR).filter((f) => f.endsWith('.rego')).sort())('%s', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const header = /^# entrypoints: (.*)$/m.exec(source);
    if (!header) throw new Error(`${file}: missing "# entrypoints:" line`);
    const entrypoints = header[1].split(',').map((s) => s.trim());
    const { program, diagnostics } = compileModules([parseModule(file, source)], { builtins: testBuiltinLookup });
    expect(diagnostics).toEqual([]);
    expectGolden(printPolicy(planPolicy(program, { entrypoints })), join(DIR, file.replace(/\.rego$/, '.ir')));
  });
});
