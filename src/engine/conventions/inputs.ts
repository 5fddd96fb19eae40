// The input a convention's set evaluates, built from the documents of the run: conftest's documents (or, with
// --combine, one document holding every file's {path, contents}), Gatekeeper's reviews per constraint with the
// inventory.
import type { StructuredDocument } from '../../inputs';
import type { PolicySetInput } from '../policy-set';
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
