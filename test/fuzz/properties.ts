// The fuzz properties, shared by the quick run in the test suite and the long campaign of scripts/fuzz.mjs: the
// Terraform and Kubernetes readers and the Rego parser, fed random and mutated real files, always end in a
// result or clear diagnostics, never an exception, and never take long.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, PlangateError, type Diagnostic } from '../../src/diagnostics';
import { readInputBytes, type FileOutcome } from '../../src/inputs';
import { parseModule } from '../../src/rego/parser';
import { hostileFileName, hostileMessage, manifestAround, RAW_CONTROL } from './hostile-text';
import { mutatedBytes, mutatedJson, randomBytes } from './mutations';

const REPO = join(__dirname, '..', '..');
const REAL = join(REPO, 'fixtures', 'real');

/** The longest one case may take before it counts as a hang. */
export const CASE_BUDGET_MS = 3000;

/** Files of a directory tree whose names end with one of `extensions`. */
function filesOf(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => extensions.some((e) => f.endsWith(e))).map((f) => join(dir, f)).sort();
}

/** Seeds: the real Terraform plans and Kubernetes manifests, the repo's input fixtures, the policy library. */
export function loadSeeds(): { inputs: Buffer[]; jsonInputs: unknown[]; rego: Buffer[] } {
  const inputFiles = [
    ...filesOf(join(REAL, 'terraform'), ['.json']),
    ...filesOf(join(REAL, 'kubernetes'), ['.yaml', '.yml', '.json']),
    ...filesOf(join(REPO, 'fixtures', 'demo'), ['.json', '.yaml']),
  ];
  const inputs = inputFiles.map((f) => readFileSync(f));
  const jsonInputs = inputs.flatMap((b) => {
    try {
      return [JSON.parse(b.toString('utf8')) as unknown];
    } catch {
      return [];
    }
  });
  return { inputs, jsonInputs, rego: filesOf(join(REPO, 'policies'), ['.rego']).map((f) => readFileSync(f)) };
}

function expectClearDiagnostic(d: Diagnostic, file: string): void {
  if (d.code !== 'input_error' && d.code !== 'io_error') throw new Error(`unexpected diagnostic class ${d.code}: ${d.message}`);
  if (d.location?.file !== file) throw new Error(`diagnostic does not name the file: ${JSON.stringify(d)}`);
  if (d.message === '' || d.message.includes('\n')) throw new Error(`diagnostic message is not one line: ${JSON.stringify(d.message)}`);
  if (RAW_CONTROL.test(formatDiagnostic(d))) throw new Error(`diagnostic line holds a raw control character: ${JSON.stringify(formatDiagnostic(d))}`);
}

function timed<T>(what: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  if (ms > CASE_BUDGET_MS) throw new Error(`${what} took ${Math.round(ms)} ms`);
  return result;
}

/** Reads bytes as a named input: a result or diagnostics, never a throw, never a slow case. */
export function checkInputCase(bytes: Buffer, name: string): FileOutcome {
  const outcome = timed(`reading ${name}`, () => readInputBytes(bytes, { path: name, named: true }));
  if (!outcome.input && outcome.diagnostics.length === 0) throw new Error('no input and no diagnostic');
  for (const d of outcome.diagnostics) expectClearDiagnostic(d, name);
  return outcome;
}

/** Parses text as a Rego module: a module or a rego_parse_error, never another throw, never a slow case. */
export function checkRegoCase(source: string): void {
  timed('parsing Rego', () => {
    try {
      parseModule('fuzz.rego', source);
    } catch (err) {
      if (!(err instanceof PlangateError)) throw err;
      for (const d of err.diagnostics) {
        if (d.code !== 'rego_parse_error') throw new Error(`unexpected ${d.code}: ${d.message}`, { cause: err });
        if (d.location?.file !== 'fuzz.rego') throw new Error(`diagnostic does not name the file: ${JSON.stringify(d)}`, { cause: err });
      }
    }
  });
}

const inputName = fc.constantFrom('fuzz.json', 'fuzz.yaml', 'fuzz.plan.json', 'fuzz.yml');

/** The properties, each as a fast-check property ready for fc.assert. */
export function fuzzProperties(seeds = loadSeeds()): Record<string, fc.IProperty<[Buffer, string]>> {
  return {
    'mutated real inputs (bytes)': fc.property(mutatedBytes(seeds.inputs), inputName, (b, n) => void checkInputCase(b, n)),
    'mutated real inputs (JSON structure)': fc.property(mutatedJson(seeds.jsonInputs), inputName, (b, n) => void checkInputCase(b, n)),
    'random bytes as inputs': fc.property(randomBytes, inputName, (b, n) => void checkInputCase(b, n)),
    'hostile file names and messages': fc.property(hostileMessage.map(manifestAround), hostileFileName, (b, n) => void checkInputCase(b, n)),
    'mutated real policies (Rego parser)': fc.property(mutatedBytes(seeds.rego), fc.constant<string>('fuzz.rego'), (b: Buffer, _name: string) => checkRegoCase(b.toString('utf8'))),
  };
}
