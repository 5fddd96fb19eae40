// Fresh wildcard names for copied terms: OPA gives every `_` a distinct generated var, also in the argument
// lists it copies onto `else` branches and extra bodies.

import type { Term } from '../ast/nodes';
import { mapTerm } from '../ast/visit';
import type { Cursor } from './cursor';

/** A copy of `terms` in which every wildcard var gets a new `$N` name. */
export function renameWildcards(c: Cursor, terms: Term[]): Term[] {
  return terms.map((t) =>
    mapTerm(t, (x) => (x.kind === 'Var' && x.wildcard ? { ...x, name: `$${c.wildcard++}` } : undefined)),
  );
}
