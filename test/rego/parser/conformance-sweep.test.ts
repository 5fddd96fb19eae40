// Conformance sweep: every module, query and input_term of OPA's v1 suite (test/conformance/cases/opa-v1)
// must parse, except cases expecting rego_parse_error, which must fail. Later stages are not run here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PlangateError } from '../../../src/diagnostics';
import { parseModule, parseQuery, parseTerm } from '../../../src/rego/parser';

const ROOT = join(__dirname, '../../conformance/cases/opa-v1');

interface Case {
  note: string;
  modules?: string[];
  query?: string;
  input_term?: string;
  want_error_code?: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

function failsToParse(parseIt: () => unknown): string | undefined {
  try {
    parseIt();
    return undefined;
  } catch (e) {
    if (e instanceof PlangateError && e.code === 'rego_parse_error') return e.message;
    throw e;
  }
}

describe('conformance parse sweep', () => {
  const cases: Case[] = yamlFiles(ROOT).flatMap((f) => (parse(readFileSync(f, 'utf8')) as { cases?: Case[] }).cases ?? []);
  const counts = { cases: cases.length, modules: 0, queries: 0, inputTerms: 0 };
  const problems: string[] = [];

  for (const c of cases) {
    const expectFailure = c.want_error_code === 'rego_parse_error';
    const moduleErrors = (c.modules ?? []).map((m, i) => {
      counts.modules++;
      return failsToParse(() => parseModule(`${c.note}/module${i}.rego`, m));
    });
    if (expectFailure && moduleErrors.every((e) => e === undefined)) problems.push(`${c.note}: expected a parse error`);
    if (!expectFailure) moduleErrors.forEach((e) => e && problems.push(`${c.note}: ${e}`));
    if (c.query !== undefined) {
      counts.queries++;
      const err = failsToParse(() => parseQuery(c.query!));
      if (err && !expectFailure) problems.push(`${c.note}: query: ${err}`);
    }
    if (c.input_term !== undefined) {
      counts.inputTerms++;
      const err = failsToParse(() => parseTerm(c.input_term!));
      if (err) problems.push(`${c.note}: input_term: ${err}`);
    }
  }

  test('reads the whole suite', () => {
    expect(counts.cases).toBeGreaterThan(1600);
    expect(counts.modules).toBeGreaterThan(1900);
    expect(counts.queries).toBe(counts.cases);
    expect(counts.inputTerms).toBeGreaterThan(50);
  });

  test('every module, query and input_term parses as expected', () => {
    expect(problems).toEqual([]);
  });
});
