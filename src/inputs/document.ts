// Assembles the one input document policies evaluate from every file's parsed input: resources that exist after
// the change, deleted ones and data sources kept apart, the change summary by action, inputs and providers.
import type { ChangeSummary, InputDocument, ParsedInput, Resource } from './types';

/** One parsed file with the path it was read from. */
export interface ParsedFile {
  path: string;
  parsed: ParsedInput;
}

/** An empty change summary (every action listed, so policies can index it without checks). */
export function emptyChanges(): ChangeSummary {
  return { create: [], update: [], replace: [], delete: [], 'no-op': [], read: [], forget: [] };
}

/** Resources a file describes for counting: managed resources that exist or are deleted (data sources are not counted). */
export function countResources(parsed: ParsedInput): number {
  return parsed.resources.length + parsed.deleted.length;
}

/** Builds the document; resource ids are made unique within the run (a repeated id gets `@line` or `@n`). */
export function buildDocument(files: ParsedFile[]): InputDocument {
  const doc: InputDocument = {
    resources: [],
    deleted: [],
    dataSources: [],
    changes: emptyChanges(),
    inputs: [],
    terraform: { providers: [] },
  };
  const ids = new Set<string>();
  for (const { path, parsed } of files) {
    doc.inputs.push({
      path,
      type: parsed.type,
      ...(parsed.terraformVersion ? { terraformVersion: parsed.terraformVersion } : {}),
      ...(parsed.formatVersion ? { formatVersion: parsed.formatVersion } : {}),
      resources: countResources(parsed),
    });
    appendAll(doc.resources, parsed.resources, ids, doc.changes);
    appendAll(doc.deleted, parsed.deleted, ids, doc.changes);
    appendAll(doc.dataSources, parsed.dataSources, ids, doc.changes);
    doc.terraform.providers.push(...parsed.providers);
  }
  return doc;
}

function appendAll(target: Resource[], source: Resource[], ids: Set<string>, changes: ChangeSummary): void {
  for (const r of source) {
    if (ids.has(r.id)) r.id = uniqueId(r, ids);
    ids.add(r.id);
    target.push(r);
    if (r.action !== 'none') changes[r.action].push(r.address);
  }
}

function uniqueId(r: Resource, ids: Set<string>): string {
  const byLine = r.line !== undefined ? `${r.id}@${r.line}` : undefined;
  if (byLine && !ids.has(byLine)) return byLine;
  let n = 2;
  while (ids.has(`${r.id}@${n}`)) n++;
  return `${r.id}@${n}`;
}
