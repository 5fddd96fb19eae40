// Compile-error cases (cases/*.yaml): each case's modules must fail compilation with exactly the
// expected first diagnostic (class, line, column, message). The case schema is strict.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compileModules } from '../../../src/rego/compiler';
import { parseModule } from '../../../src/rego/parser';
import { testBuiltinLookup } from '../../support/ir-builtins';

interface Want {
  code: string;
  line: number;
  col: number;
  message: string;
}

interface ErrorCase {
  note: string;
  modules: string[];
  want: Want;
}

const CASE_KEYS = ['note', 'modules', 'want'];
const WANT_KEYS = ['code', 'line', 'col', 'message'];

function checkKeys(obj: object, allowed: string[], where: string): void {
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) throw new Error(`${where}: unknown key ${k}`);
  for (const k of allowed) if (!(k in obj)) throw new Error(`${where}: missing key ${k}`);
}

function loadCases(): Array<[string, ErrorCase]> {
  const dir = join(__dirname, 'cases');
  const out: Array<[string, ErrorCase]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const doc = parseYaml(readFileSync(join(dir, file), 'utf8')) as { cases: ErrorCase[] };
    checkKeys(doc, ['cases'], file);
    for (const c of doc.cases) {
      checkKeys(c, CASE_KEYS, `${file}: ${c.note}`);
      checkKeys(c.want, WANT_KEYS, `${file}: ${c.note}: want`);
      out.push([c.note, c]);
    }
  }
  return out;
}

describe('compile errors', () => {
  test.each(loadCases())('%s', (_note, c) => {
    const modules = c.modules.map((src, i) => parseModule(`module${i}.rego`, src));
    const { diagnostics } = compileModules(modules, { builtins: testBuiltinLookup });
    expect(diagnostics.length).toBeGreaterThan(0);
    const d = diagnostics[0];
    expect({ code: d.code, line: d.location?.line, col: d.location?.col, message: d.message }).toEqual(c.want);
  });
});
