// Runs Rego unit tests, as `opa test` does: every rule named test_* in the given files is compiled (once, all
// files together) as an entrypoint and evaluated in WebAssembly; true passes, anything else (undefined, false, an
// error) fails. A test with case names in its head (`test_x[note] if …`, OPA ≥ 1.2) runs every case and reports
// each by name; it passes when it has cases and every one passes.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import {
  compileRego, createHostImplementations, isParameterizedTest, memoryFor, nondeterministicBuiltins, parseModuleWithVersionHint, testCaseModule,
  type Module, type RegoModuleSource, type RegoVersion,
} from '../rego';
import { PlangateError, type Location } from '../diagnostics';
import { LIBRARY_SOURCE_DIR } from './library';
import { listRegoFiles, readRegoFiles, type RegoFile } from './rego-sources';
import { readGatekeeperObjects, templateRegoFiles } from './conventions/gatekeeper';
import { loadDataDocuments } from './data-documents';
import { evaluationDiagnostic } from './evaluate';

/** One case of a parameterized test: its name at each level (`["claims", "HS256"]`). */
export interface TestCaseOutcome {
  name: string[];
  status: 'pass' | 'fail';
}

/** One test's outcome. */
export interface TestOutcome {
  name: string;
  status: 'pass' | 'fail' | 'error';
  message?: string;
  location?: Location;
  /** The cases of a parameterized test, in name order. */
  cases?: TestCaseOutcome[];
}

interface TestRule {
  name: string;
  entrypoint: string;
  location: Location;
  /** For a parameterized test: the entrypoint listing its cases and how deep case names go. */
  cases?: { entrypoint: string; depth: number };
  /** Why its cases cannot be listed (the test is then an error, never a silent pass). */
  unlistable?: string;
}

function packageOf(m: Module): string {
  return m.package.path.path.map((t) => (t.kind === 'String' ? t.value : '')).join('/');
}

/** The test rules of the modules, and the generated modules that list parameterized tests' cases. */
function testRules(modules: readonly Module[], files: readonly RegoModuleSource[]): { tests: TestRule[]; generated: RegoModuleSource[] } {
  const out = new Map<string, TestRule>();
  const generated: RegoModuleSource[] = [];
  modules.forEach((m, i) => {
    const pkg = packageOf(m);
    const cases = testCaseModule(m, files[i].source);
    if (cases.source) generated.push({ path: `${files[i].path}#cases`, source: cases.source });
    for (const rule of m.rules) {
      const parameterized = isParameterizedTest(rule);
      if (!rule.head.name.startsWith('test_') || rule.head.args || (rule.head.ref.path.length > 0 && !parameterized)) continue;
      const entrypoint = `${pkg}/${rule.head.name}`;
      if (out.has(entrypoint)) continue;
      const test: TestRule = { name: `data.${pkg.replace(/\//g, '.')}.${rule.head.name}`, entrypoint, location: { file: rule.loc.file, line: rule.loc.line, col: rule.loc.col } };
      const listed = cases.tests.find((t) => t.name === rule.head.name);
      if (listed) test.cases = { entrypoint: `${pkg}/${listed.casesRule}`, depth: listed.depth };
      const unlistable = cases.unlistable.find((t) => t.name === rule.head.name);
      if (parameterized && !listed) test.unlistable = `cannot list the test's cases: ${unlistable?.reason ?? 'unknown head'}`;
      out.set(entrypoint, test);
    }
  });
  return { tests: [...out.values()], generated };
}

/** Every path of `depth` keys in a nested object (`{a: {b: true}}` at depth 2 gives [["a", "b"]]). */
function casePaths(value: unknown, depth: number): string[][] {
  if (depth === 0) return [[]];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value).sort().flatMap((k) => casePaths((value as Record<string, unknown>)[k], depth - 1).map((rest) => [k, ...rest]));
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

type Evaluate = (entrypoint: string) => unknown;

function runParameterized(t: TestRule, cases: NonNullable<TestRule['cases']>, evaluate: Evaluate): TestOutcome {
  const passing = evaluate(t.entrypoint);
  const outcomes = casePaths(evaluate(cases.entrypoint), cases.depth).map((name): TestCaseOutcome => ({ name, status: valueAt(passing, name) === true ? 'pass' : 'fail' }));
  if (outcomes.length === 0) return { name: t.name, status: 'fail', message: 'no test cases', location: t.location, cases: [] };
  const failed = outcomes.filter((c) => c.status === 'fail').length;
  const status = failed === 0 ? 'pass' : 'fail';
  return { name: t.name, status, ...(failed > 0 ? { message: `${failed} of ${outcomes.length} cases failed` } : {}), location: t.location, cases: outcomes };
}

function runOne(t: TestRule, evaluate: Evaluate): TestOutcome {
  if (t.unlistable) return { name: t.name, status: 'error', message: t.unlistable, location: t.location };
  if (t.cases) return runParameterized(t, t.cases, evaluate);
  const result = evaluate(t.entrypoint);
  if (result === true) return { name: t.name, status: 'pass', location: t.location };
  return { name: t.name, status: 'fail', message: result === undefined ? 'undefined' : JSON.stringify(result), location: t.location };
}

/** How tests are compiled and what data they see (`plangate test --rego-version --data`). */
export interface RegoTestOptions {
  regoVersion?: RegoVersion;
  data?: readonly string[];
}

/**
 * Runs the tests under `paths` (default: the built-in library with its tests). The Rego of Gatekeeper
 * ConstraintTemplates found there is compiled with them, so a template library's tests run unchanged.
 */
export async function runRegoTests(paths: readonly string[], cwd = process.cwd(), opts: RegoTestOptions = {}): Promise<TestOutcome[]> {
  const root = paths.length > 0 ? cwd : LIBRARY_SOURCE_DIR;
  const regoPaths = paths.filter((p) => !/\.(ya?ml|json)$/i.test(p));
  const files: RegoFile[] = [
    ...(paths.length === 0 || regoPaths.length > 0 ? readRegoFiles(listRegoFiles(paths.length > 0 ? regoPaths : ['.'], true, root), root) : []),
    ...(paths.length > 0 ? templateRegoFiles(readGatekeeperObjects(paths, cwd).templates) : []),
  ];
  const data = loadDataDocuments(opts.data ?? [], cwd);
  const modules = files.map((f) => parseModuleWithVersionHint(f.path, f.source, { regoVersion: f.regoVersion ?? opts.regoVersion }));
  const { tests, generated } = testRules(modules, files);
  if (tests.length === 0) return [];
  const entrypoints = tests.flatMap((t) => (t.cases ? [t.entrypoint, t.cases.entrypoint] : [t.entrypoint]));
  const host = createHostImplementations();
  // Non-deterministic built-ins the host implements are allowed, as `opa test` allows them; the sandbox is for checks.
  const allowBuiltins = nondeterministicBuiltins().filter((name) => name in host.builtins);
  let wasm: Uint8Array;
  try {
    const sources = files.map(({ path, source, regoVersion }) => ({ path, source, ...(regoVersion ? { regoVersion } : {}) }));
    wasm = compileRego([...sources, ...generated], { entrypoints, allowBuiltins, ...(opts.regoVersion ? { regoVersion: opts.regoVersion } : {}) }).wasm;
  } catch (err) {
    if (err instanceof PlangateError) {
      const message = err.message.split('\n')[0];
      return tests.map((t) => ({ name: t.name, status: 'error', message, location: t.location }));
    }
    throw err;
  }
  const policy = await loadPolicy(wasm, memoryFor(wasm), host.builtins);
  if (Object.keys(data).length > 0) policy.setData(data);
  const evaluate: Evaluate = (entrypoint) => {
    host.reset();
    const [first] = policy.evaluate(undefined, entrypoint) as { result?: unknown }[];
    return first?.result;
  };
  return tests.map((t): TestOutcome => {
    try {
      return runOne(t, evaluate);
    } catch (err) {
      return { name: t.name, status: 'error', message: evaluationDiagnostic(err, t.location.file).message, location: t.location };
    }
  });
}
