// The input a convention's set evaluates, built from the documents of the run: conftest's documents (or, with
// --combine, one document holding every file's {path, contents}), Gatekeeper's reviews per constraint with the
// inventory.
import type { Diagnostic } from '../../diagnostics';
import type { StructuredDocument } from '../../inputs';
import type { ResourceRef } from '../../report/model';
import type { PolicySet, PolicySetInput } from '../policy-set';
import { constraintTargets, inventoryOf, kubeObjects } from './gatekeeper-match';

/** The id and address of conftest's combined document. */
export const COMBINED_DOCUMENT = 'combined';

/** The JSON value a set with this input kind evaluates. */
export function evaluationInput(input: PolicySetInput, documents: readonly StructuredDocument[]): unknown {
  if (input.kind === 'documents') {
    if (!input.combine) return { documents: documents.map((d) => ({ id: d.id, contents: d.contents })) };
    return { documents: [{ id: COMBINED_DOCUMENT, contents: documents.map((d) => ({ path: d.file, contents: d.contents })) }] };
  }
  const objects = kubeObjects(documents);
  return {
    inventory: inventoryOf(objects),
    constraints: input.constraints.map((c) => ({ id: c.id, parameters: c.parameters, ...constraintTargets(c.match, objects) })),
  };
}

/** The input of a set as JSON bytes in shared memory, as evaluation workers read it (plangate's document when absent). */
export function sharedEvaluationInput(set: PolicySet, documents: readonly StructuredDocument[], document: SharedArrayBuffer): SharedArrayBuffer {
  if (!set.input) return document;
  const bytes = Buffer.from(JSON.stringify(evaluationInput(set.input, documents)), 'utf8');
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** Adds the documents plangate's own reading has no resource for (files conftest judges) to a resource index. */
export function addDocumentResources(index: Map<string, ResourceRef>, documents: readonly StructuredDocument[]): void {
  for (const d of documents) if (!index.has(d.id)) index.set(d.id, { address: d.address, type: d.type, file: d.file, ...(d.line ? { line: d.line } : {}) });
}

/**
 * Input problems that conftest rules answer: a named JSON/YAML file that is no plan or manifest is still a document
 * conftest judges, so it is not "unrecognised" when a conftest set runs over it.
 */
export function withoutJudgedDocuments(diagnostics: readonly Diagnostic[], sets: readonly PolicySet[], documents: readonly StructuredDocument[]): Diagnostic[] {
  if (!sets.some((set) => set.input?.kind === 'documents')) return [...diagnostics];
  const judged = new Set(documents.map((d) => d.file));
  return diagnostics.filter((d) => !(d.code === 'input_error' && d.message.startsWith('not a recognised input') && judged.has(d.location?.file ?? '')));
}
