// Golden tests: every test/rego/parser/golden/*.rego is parsed and printed with printModule; the output
// must equal the .golden file beside it (rewrite with UPDATE_GOLDEN=1, then review the diff).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule } from '../../../src/rego/parser';
import { printModule } from '../../../src/rego/ast/print';
import { expectGolden } from '../../support/golden';

const dir = join(__dirname, 'golden');
const files = readdirSync(dir).filter((f) => f.endsWith('.rego')).sort();

describe('parser golden files', () => {
  test('the golden set covers the grammar areas', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  test.each(files)('%s', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const module = parseModule(file, source);
    expectGolden(printModule(module), join(dir, file.replace(/\.rego$/, '.golden')));
  });
});
