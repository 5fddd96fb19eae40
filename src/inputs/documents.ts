// Reads the paths of a run as conftest reads them: every JSON or YAML file is a document source, whatever it
// describes, and each YAML document is one document. A document that is a Kubernetes object also names the
// resource plangate's own reading gives it (same id), so results of both kinds of rules meet on one resource.
// Secrets' values are redacted, as in plangate's input document.
import { constants } from 'node:buffer';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics';
import { parseContent } from './content';
import { decodeInput } from './decode';
import { DEFAULT_MAX_FILE_BYTES } from './read';
import { readRegularFile } from './safe-read';
import { isListDocument, kubernetesResource, manifestObjects, redactSecret } from './kubernetes/manifest';
import type { YamlDocument } from './kubernetes/yaml';
import type { JsonObject, ReadOptions } from './types';
import { expandPaths } from './walk';

/** One parsed document of a file. */
export interface StructuredDocument {
  /** Stable id: the Kubernetes resource id when the document is an object, else `file` or `file#document N`. */
  id: string;
  /** What reports show: the object's address, or the file (and document number). */
  address: string;
  /** The object's kind, or `file`. */
  type: string;
  file: string;
  line?: number;
  contents: unknown;
  /** The Kubernetes objects a List document holds (Gatekeeper reviews each; conftest sees the List as one input). */
  items?: StructuredDocument[];
}

/** Every document of the files under `paths`, in file order, and the problems met. */
export interface StructuredDocuments {
  documents: StructuredDocument[];
  diagnostics: Diagnostic[];
}

function isKubernetesObject(value: unknown): value is JsonObject {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as JsonObject;
  const metadata = v.metadata as JsonObject | undefined;
  return typeof v.apiVersion === 'string' && typeof v.kind === 'string' && !!metadata && typeof metadata.name === 'string';
}

function documentOf(file: string, contents: unknown, line: number | undefined, index: number, count: number): StructuredDocument {
  if (isKubernetesObject(contents)) {
    const resource = kubernetesResource(contents, file, { line: line ?? 1 });
    // A Secret's values are redacted here as in plangate's own input, so no policy message can echo them.
    return { id: resource.id, address: resource.address, type: resource.type, file, ...(line ? { line } : {}), contents: redactSecret(contents) };
  }
  const address = count > 1 ? `${file}#document ${index + 1}` : file;
  return { id: address, address, type: 'file', file, ...(line ? { line } : {}), contents };
}

/** A List document with its Kubernetes objects as items, each with its own line where the YAML gives it. */
function withItems(document: StructuredDocument, source: YamlDocument): StructuredDocument {
  if (!isListDocument(source.value)) return document;
  const items = manifestObjects(source).filter((o) => isKubernetesObject(o.object)).map((o, n) => documentOf(document.file, o.object, o.line, n, 2));
  return { ...document, items };
}

/** Reads every JSON/YAML file under `paths` into documents (unreadable files become diagnostics). */
export function readStructuredDocuments(paths: string[], options: ReadOptions = {}): StructuredDocuments {
  const cwd = options.cwd ?? process.cwd();
  const expansion = expandPaths(paths, cwd);
  const out: StructuredDocuments = { documents: [], diagnostics: [...expansion.diagnostics] };
  for (const candidate of expansion.candidates) {
    if (!/\.(json|ya?ml)$/i.test(candidate.path)) continue;
    // The same rules as every input: regular files only, within the size limit (a FIFO here would block the run).
    const read = readRegularFile(resolve(cwd, candidate.path), { root: candidate.root, limit: Math.min(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, constants.MAX_STRING_LENGTH) });
    if (!read.ok) continue;
    const decoded = decodeInput(read.bytes, candidate.path);
    if (!decoded.ok) {
      out.diagnostics.push(decoded.diagnostic);
      continue;
    }
    const parsed = parseContent(decoded.text, candidate.path, options);
    if (!parsed.ok) {
      out.diagnostics.push(parsed.diagnostic);
      continue;
    }
    const content = parsed.content;
    if (content.syntax === 'json') {
      out.documents.push(withItems(documentOf(candidate.path, content.value, undefined, 0, 1), { value: content.value, line: 1, index: 0 }));
      continue;
    }
    out.diagnostics.push(...content.yaml.diagnostics);
    const docs = content.yaml.documents;
    docs.forEach((d, i) => out.documents.push(withItems(documentOf(candidate.path, d.value, d.line, i, docs.length), d)));
  }
  return out;
}
