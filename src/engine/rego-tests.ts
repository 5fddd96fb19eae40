// Runs Rego unit tests: every rule named test_* in the given files is compiled as an entrypoint and evaluated
// in WebAssembly; true passes, anything else (undefined, false, an error) fails.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { compileRego, createHostImplementations, parseModule, type Module } from '../rego';
import { PlangateError, type Location } from '../diagnostics';
import { LIBRARY_SOURCE_DIR } from './library';
import { listRegoFiles, readRegoFiles } from './rego-sources';
import { evaluationDiagnostic } from './evaluate';

/** One test's outcome. */
export interface TestOutcome {
  name: string;
  status: 'pass' | 'fail' | 'error';
  message?: string;
  location?: Location;
}

interface TestRule {
  name: string;
  entrypoint: string;
  location: Location;
}

function testRules(modules: readonly Module[]): TestRule[] {
  const out = new Map<string, TestRule>();
  for (const m of modules) {
    const pkg = m.package.path.path.map((t) => (t.kind === 'String' ? t.value : '')).join('/');
    for (const rule of m.rules) {
      if (rule.head.ref.path.length > 0 || !rule.head.name.startsWith('test_') || rule.head.args) continue;
      const entrypoint = `${pkg}/${rule.head.name}`;
      if (!out.has(entrypoint)) {
        out.set(entrypoint, { name: `data.${pkg.replace(/\//g, '.')}.${rule.head.name}`, entrypoint, location: { file: rule.loc.file, line: rule.loc.line, col: rule.loc.col } });
      }
    }
  }
  return [...out.values()];
}

/** Runs the tests under `paths` (default: the built-in library with its tests). */
export async function runRegoTests(paths: readonly string[], cwd = process.cwd()): Promise<TestOutcome[]> {
  const root = paths.length > 0 ? cwd : LIBRARY_SOURCE_DIR;
  const files = readRegoFiles(listRegoFiles(paths.length > 0 ? paths : ['.'], true, root), root);
  const modules = files.map((f) => parseModule(f.path, f.source));
  const tests = testRules(modules);
  if (tests.length === 0) return [];
  let wasm: Uint8Array;
  try {
    wasm = compileRego(files.map(({ path, source }) => ({ path, source })), { entrypoints: tests.map((t) => t.entrypoint) }).wasm;
  } catch (err) {
    if (err instanceof PlangateError) {
      const message = err.message.split('\n')[0];
      return tests.map((t) => ({ name: t.name, status: 'error', message, location: t.location }));
    }
    throw err;
  }
  const host = createHostImplementations();
  const policy = await loadPolicy(wasm, undefined, host.builtins);
  return tests.map((t): TestOutcome => {
    try {
      host.reset();
      const [first] = policy.evaluate(undefined, t.entrypoint) as { result?: unknown }[];
      if (first?.result === true) return { name: t.name, status: 'pass', location: t.location };
      return { name: t.name, status: 'fail', message: first === undefined ? 'undefined' : JSON.stringify(first.result), location: t.location };
    } catch (err) {
      return { name: t.name, status: 'error', message: evaluationDiagnostic(err, t.location.file).message, location: t.location };
    }
  });
}
