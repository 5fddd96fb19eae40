// Parameterized tests (OPA ≥ 1.2): a test rule whose head ref holds vars, `test_x[note] if { some note, tc in
// cases; … }`, defines one test case per binding of those vars; `opa test` runs each and reports it by name. The
// rule itself yields the cases that pass; the cases that exist come from a generated companion rule with the same
// head vars whose body is the shortest prefix of the test's body that mentions them all (where the cases are
// enumerated), written in the same package with the same imports.
import type { Module, Rule, Term } from './ast/nodes';
import { collectVars } from './ast/visit';

/** A test rule with case names in its head, and the generated rule that lists its cases. */
export interface ParameterizedTest {
  /** The test rule's name (`test_concat`). */
  name: string;
  /** The generated rule holding every case (`__cases__test_concat`). */
  casesRule: string;
  /** How many case-name levels the head has (`test_x[a][b]` has 2). */
  depth: number;
}

/** Why a parameterized test's cases cannot be listed. */
export interface UnlistableTest {
  name: string;
  reason: string;
}

const CASES_PREFIX = '__cases__';

function text(source: string, t: { span: { start: number; end: number } }): string {
  return source.slice(t.span.start, t.span.end);
}

function refElement(source: string, t: Term): string {
  return t.kind === 'String' ? `[${JSON.stringify(t.value)}]` : `[${text(source, t)}]`;
}

/** Whether a rule is a parameterized test: named test_…, with vars in its head ref. */
export function isParameterizedTest(rule: Rule): boolean {
  return rule.head.name.startsWith('test_') && !rule.head.args && rule.head.ref.path.some((t) => collectVars(t).length > 0);
}

/** The companion rules of a module's parameterized tests, as one Rego module (undefined when it has none). */
export function testCaseModule(module: Module, source: string): { source?: string; tests: ParameterizedTest[]; unlistable: UnlistableTest[] } {
  const rules: string[] = [];
  const tests = new Map<string, ParameterizedTest>();
  const unlistable: UnlistableTest[] = [];
  for (const rule of module.rules) {
    if (!isParameterizedTest(rule)) continue;
    const keyVars = new Set(rule.head.ref.path.flatMap((t) => collectVars(t).map((v) => v.name)));
    const seen = new Set<string>();
    const prefix: string[] = [];
    for (const literal of rule.bodyImplicit ? [] : rule.body) {
      if ([...keyVars].every((v) => seen.has(v))) break;
      prefix.push(text(source, literal));
      for (const v of collectVars(literal)) seen.add(v.name);
    }
    const name = rule.head.name;
    if (![...keyVars].every((v) => seen.has(v))) {
      unlistable.push({ name, reason: `no literal of its body binds ${[...keyVars].filter((v) => !seen.has(v)).join(', ')}` });
      continue;
    }
    const head = `${CASES_PREFIX}${name}${rule.head.ref.path.map((t) => refElement(source, t)).join('')}`;
    rules.push(`${head} := true if {\n${prefix.join('\n')}\n}`);
    tests.set(name, { name, casesRule: `${CASES_PREFIX}${name}`, depth: rule.head.ref.path.length });
  }
  if (rules.length === 0) return { tests: [], unlistable };
  const header = [text(source, module.package), ...module.imports.map((i) => text(source, i))];
  return { source: `${header.join('\n')}\n\n${rules.join('\n\n')}\n`, tests: [...tests.values()], unlistable };
}
