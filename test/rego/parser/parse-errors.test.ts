// Parse-error cases (cases/parse-errors.yaml): each source must fail with exactly the listed diagnostics,
// pinning code, line, column and OPA-style message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PlangateError } from '../../../src/diagnostics';
import { parseModule, parseQuery, parseTerm } from '../../../src/rego/parser';

interface ErrorCase {
  note: string;
  kind?: 'module' | 'query' | 'term';
  source: string;
  errors: Array<{ code: string; line: number; col: number; message: string }>;
}

const CASE_KEYS = new Set(['note', 'kind', 'source', 'errors']);
const ERROR_KEYS = new Set(['code', 'line', 'col', 'message']);

function loadCases(): ErrorCase[] {
  const doc = parse(readFileSync(join(__dirname, 'cases', 'parse-errors.yaml'), 'utf8')) as { cases: ErrorCase[] };
  for (const c of doc.cases) {
    const unknown = [...Object.keys(c).filter((k) => !CASE_KEYS.has(k)), ...c.errors.flatMap((e) => Object.keys(e).filter((k) => !ERROR_KEYS.has(k)))];
    if (unknown.length > 0) throw new Error(`${c.note}: unknown keys ${unknown.join(', ')}`);
  }
  return doc.cases;
}

function run(c: ErrorCase): unknown {
  if (c.kind === 'query') return parseQuery(c.source);
  if (c.kind === 'term') return parseTerm(c.source);
  return parseModule('case.rego', c.source);
}

describe('parse errors', () => {
  test.each(loadCases().map((c) => [c.note, c] as const))('%s', (_note, c) => {
    let thrown: unknown;
    try {
      run(c);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PlangateError);
    const diagnostics = (thrown as PlangateError).diagnostics;
    expect(diagnostics.map((d) => ({ code: d.code, line: d.location?.line, col: d.location?.col, message: d.message }))).toEqual(c.errors);
    const file = c.kind === 'query' ? 'query' : c.kind === 'term' ? 'term' : 'case.rego';
    for (const d of diagnostics) expect(d.location?.file).toBe(file);
  });

  test('the error message of the thrown error names file, line and column', () => {
    expect(() => parseModule('policies/a.rego', 'package a\np if {\n')).toThrow('policies/a.rego:3:1: rego_parse_error: unexpected eof token');
  });
});
