// Runs Rego unit tests: every rule named test_* in the given files is compiled as an entrypoint and evaluated
// in WebAssembly; true passes, anything else (undefined, false, an error) fails.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { compileRego, createHostImplementations, parseModuleWithVersionHint, type Module, type RegoVersion } from '../rego';
import { PlangateError, type Location } from '../diagnostics';
import { LIBRARY_SOURCE_DIR } from './library';
import { listRegoFiles, readRegoFiles, type RegoFile } from './rego-sources';
import { readGatekeeperObjects, templateRegoFiles } from './conventions/gatekeeper';
import { loadDataDocuments } from './data-documents';
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
  const tests = testRules(modules);
  if (tests.length === 0) return [];
  let wasm: Uint8Array;
  try {
    const sources = files.map(({ path, source, regoVersion }) => ({ path, source, ...(regoVersion ? { regoVersion } : {}) }));
    wasm = compileRego(sources, { entrypoints: tests.map((t) => t.entrypoint), ...(opts.regoVersion ? { regoVersion: opts.regoVersion } : {}) }).wasm;
  } catch (err) {
    if (err instanceof PlangateError) {
      const message = err.message.split('\n')[0];
      return tests.map((t) => ({ name: t.name, status: 'error', message, location: t.location }));
    }
    throw err;
  }
  const host = createHostImplementations();
  const policy = await loadPolicy(wasm, undefined, host.builtins);
  policy.setData(data);
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
