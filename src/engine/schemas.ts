// The JSON Schemas plangate type-checks policies against (OPA's schema set, keyed by ref). Policies written for
// plangate see the normalised input document, so by default `schema.input` is its schema
// (schemas/input-document.schema.json) and a typo such as `input.resouces` or `r.vaules` fails to compile.
// `--schema PATH` replaces the set as OPA's `--schema` does: a file is `schema.input`; in a directory each
// `a/b.json` is `schema.a.b` (and `input.json`, if there, types `input`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { diagnostic, PlangateError } from '../diagnostics';
import { packagePath } from '../package-root';

/** Schema ref → JSON Schema. */
export type SchemaSet = Readonly<Record<string, unknown>>;

let inputDocument: SchemaSet | undefined;

/** The default set: the input document's schema as `schema.input`. */
export function inputDocumentSchemas(): SchemaSet {
  inputDocument ??= { 'schema.input': JSON.parse(readFileSync(packagePath('schemas', 'input-document.schema.json'), 'utf8')) as unknown };
  return inputDocument;
}

function readSchemaFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new PlangateError(diagnostic('usage_error', `--schema ${path}: ${err instanceof Error ? err.message : String(err)}`, { file: path }));
  }
}

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listJson(path);
    return e.isFile() && e.name.endsWith('.json') ? [path] : [];
  });
}

/** The schema set of `--schema PATH` (a JSON Schema file, or a directory of them). */
export function readSchemaSet(path: string): SchemaSet {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new PlangateError(diagnostic('usage_error', `--schema ${path}: no such file or directory`));
  }
  if (!isDir) return { 'schema.input': readSchemaFile(path) };
  const set: Record<string, unknown> = {};
  for (const file of listJson(path).sort()) {
    const ref = ['schema', ...relative(path, file).slice(0, -'.json'.length).split(sep)].join('.');
    set[ref] = readSchemaFile(file);
  }
  return set;
}
