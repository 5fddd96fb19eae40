// Runs OPA's core conformance cases through parser → compiler → planner → the test IR interpreter and
// reports pass/fail per case; the planner's yardstick before (and beside) the Wasm back end.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PlangateError } from '../../../src/diagnostics';
import type { Term } from '../../../src/rego/ast/nodes';
import { compileModules } from '../../../src/rego/compiler';
import { parseModule, parseQuery, parseTerm } from '../../../src/rego/parser';
import { planPolicy } from '../../../src/rego/planner';
import { TEST_BUILTINS, testBuiltinLookup } from '../../support/ir-builtins';
import { EvalError, IrInterpreter } from '../../support/ir-interpreter';
import { RObject, RSet, fromJson, toJson, type Value } from '../../support/ir-values';

/** Root of the core tier. */
export const CORE_DIR = join(__dirname, '../../conformance/cases/opa-v1/core');

interface Case {
  note: string;
  query: string;
  modules?: string[];
  data?: unknown;
  input?: unknown;
  input_term?: string;
  want_result?: Array<Record<string, unknown>>;
  want_error_code?: string;
  want_error?: string;
  sort_bindings?: boolean;
  strict_error?: boolean;
}

/** Outcome of one case. */
export interface CaseOutcome {
  area: string;
  note: string;
  pass: boolean;
  reason?: string;
}

function termValue(t: Term): Value {
  switch (t.kind) {
    case 'Null':
      return null;
    case 'Boolean':
      return t.value;
    case 'Number':
      return Number(t.raw);
    case 'String':
      return t.value;
    case 'Array':
      return t.items.map(termValue);
    case 'Set': {
      const s = new RSet();
      for (const x of t.items) s.add(termValue(x));
      return s;
    }
    case 'Object': {
      const o = new RObject();
      for (const e of t.entries) o.set(termValue(e.key), termValue(e.value));
      return o;
    }
    default:
      throw new Error(`input_term: unsupported ${t.kind}`);
  }
}

/** Canonical JSON text with sorted keys (arrays sorted too when `sortArrays`). */
function canonical(x: unknown, sortArrays: boolean): string {
  if (Array.isArray(x)) {
    const items = x.map((y) => canonical(y, sortArrays));
    return `[${(sortArrays ? items.sort() : items).join(',')}]`;
  }
  if (x && typeof x === 'object') {
    return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k], sortArrays)}`).join(',')}}`;
  }
  return JSON.stringify(x);
}

function bindingsText(rows: unknown[], sortArrays: boolean): string {
  return rows.map((r) => canonical(r, sortArrays)).sort().join('\n');
}

function errorCode(e: unknown): { code: string; message: string } {
  if (e instanceof PlangateError) return { code: e.code, message: e.message };
  if (e instanceof EvalError) return { code: e.code, message: `${e.code}: ${e.message}` };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

/** Runs one case. */
export function runCase(area: string, c: Case): CaseOutcome {
  const out = (pass: boolean, reason?: string): CaseOutcome => ({ area, note: c.note, pass, reason });
  let rows: Value[];
  try {
    const modules = (c.modules ?? []).map((src, i) => parseModule(`module${i}.rego`, src));
    const compiled = compileModules(modules, { builtins: testBuiltinLookup, allowedNondeterministic: ['time.now_ns', 'http.send', 'opa.runtime'] });
    if (compiled.diagnostics.length > 0) throw new PlangateError(compiled.diagnostics);
    const policy = planPolicy(compiled.program, { entrypoints: [], query: parseQuery(c.query) });
    const input = c.input_term !== undefined ? termValue(parseTerm(c.input_term)) : c.input === undefined ? undefined : fromJson(c.input);
    const interp = new IrInterpreter(policy, { builtins: TEST_BUILTINS, strictBuiltinErrors: c.strict_error });
    rows = interp.evalPlan('query', input, fromJson(c.data ?? {}));
  } catch (e) {
    const { code, message } = errorCode(e);
    if (!c.want_error_code) return out(false, `unexpected ${code}: ${message.split('\n')[0]}`);
    if (code !== c.want_error_code) return out(false, `want ${c.want_error_code}, got ${code}: ${message.split('\n')[0]}`);
    if (c.want_error && !message.includes(c.want_error)) return out(false, `message ${JSON.stringify(message)} lacks ${JSON.stringify(c.want_error)}`);
    return out(true);
  }
  if (c.want_error_code) return out(false, `want ${c.want_error_code}, got results`);
  const got = bindingsText(rows.map(toJson), !!c.sort_bindings);
  const want = bindingsText((c.want_result ?? []).map((r) => fromJsonDeep(r)), !!c.sort_bindings);
  return got === want ? out(true) : out(false, `got ${got.replace(/\n/g, ' | ')} want ${want.replace(/\n/g, ' | ')}`);
}

function fromJsonDeep(x: unknown): unknown {
  return toJson(fromJson(x));
}

/** Runs every case of the core tier. */
export function runCoreConformance(dir = CORE_DIR): CaseOutcome[] {
  const outcomes: CaseOutcome[] = [];
  for (const area of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, area)).sort()) {
      if (!file.endsWith('.yaml')) continue;
      const doc = parseYaml(readFileSync(join(dir, area, file), 'utf8')) as { cases?: Case[] };
      for (const c of doc.cases ?? []) outcomes.push(runCase(area, c));
    }
  }
  return outcomes;
}

/** Pass counts per area, as printed in reports. */
export function summarize(outcomes: CaseOutcome[]): string {
  const byArea = new Map<string, { pass: number; total: number }>();
  for (const o of outcomes) {
    const s = byArea.get(o.area) ?? { pass: 0, total: 0 };
    s.total++;
    if (o.pass) s.pass++;
    byArea.set(o.area, s);
  }
  const lines = [...byArea].map(([a, s]) => `${a}: ${s.pass}/${s.total}`);
  const pass = outcomes.filter((o) => o.pass).length;
  lines.push(`${pass} passed, ${outcomes.length - pass} failed, 0 skipped`);
  return lines.join('\n');
}
