// Loads data documents given with --data (and `data:` in plangate.yaml) as `opa -d` and `conftest -d` load them:
// a JSON or YAML file named directly is merged at the root of `data`; the files found in a folder are merged at
// their directory's path below it (`dir/users/x.yaml` → `data.users`). Objects merge key by key; any other
// clash is an error naming both places, as OPA's loader reports it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { diagnostic, PlangateError } from '../diagnostics';

/** The data documents, ready to sit beside `data.plangate` in every policy set. */
export type DataDocument = Record<string, unknown>;

const DATA_FILE = /\.(json|ya?ml)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function parseDataFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (/\.json$/i.test(file)) {
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new PlangateError(diagnostic('input_error', `data file is not valid JSON: ${(err as Error).message}`, { file }));
    }
  }
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [docs];
  const problem = list.flatMap((d) => d.errors)[0];
  if (problem) throw new PlangateError(diagnostic('input_error', `data file is not valid YAML: ${problem.message.split('\n')[0]}`, { file, line: problem.linePos?.[0]?.line }));
  const values = list.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown).filter((v) => v !== null && v !== undefined);
  return values.length === 1 ? values[0] : values.length === 0 ? {} : values;
}

function mergeInto(target: Record<string, unknown>, value: unknown, path: string[], file: string): void {
  if (path.length > 0) {
    const [head, ...rest] = path;
    const child = target[head] ?? {};
    if (!isObject(child)) throw new PlangateError(diagnostic('input_error', `data merge conflict at data.${path.join('.')}`, { file }));
    target[head] = child;
    mergeInto(child, value, rest, file);
    return;
  }
  if (!isObject(value)) throw new PlangateError(diagnostic('input_error', 'a data document loaded at the root of data must be an object', { file }));
  for (const [key, v] of Object.entries(value)) {
    const existing = target[key];
    if (existing === undefined) target[key] = v;
    else if (isObject(existing) && isObject(v)) mergeInto(existing, v, [], file);
    else throw new PlangateError(diagnostic('input_error', `data merge conflict at data.${key}: defined by more than one data file`, { file }));
  }
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, out);
    } else if (DATA_FILE.test(entry.name)) {
      out.push(path);
    }
  }
}

/** Merges every data path into one document; a missing path or a file that is no JSON/YAML object is an error. */
export function loadDataDocuments(paths: readonly string[], cwd = process.cwd()): DataDocument {
  const data: DataDocument = {};
  for (const p of paths) {
    const full = resolve(cwd, p);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      throw new PlangateError(diagnostic('input_error', 'data path not found', { file: p }));
    }
    if (!isDir) {
      mergeInto(data, parseDataFile(full), [], p);
      continue;
    }
    const files: string[] = [];
    walk(full, files);
    for (const file of files) {
      const dir = relative(full, join(file, '..'));
      const at = dir === '' ? [] : dir.split(sep);
      mergeInto(data, parseDataFile(file), at, relative(cwd, file) || file);
    }
  }
  return data;
}
