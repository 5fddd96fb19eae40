// Plans comprehensions: the body runs in a nested block (its own var scope) and every solution adds to a
// fresh array, set or object; the comprehension is always defined (empty when the body never succeeds).
import type { Term } from '../ast/nodes';
import { CONFLICT_OBJECT } from './rules';
import { planQuery } from './queries';
import { local, type FuncState } from './state';
import { planTerm, type OpIter } from './terms';

type Comprehension = Extract<Term, { kind: 'ArrayComprehension' | 'SetComprehension' | 'ObjectComprehension' }>;

/** Plans a comprehension term. */
export function planComprehension(f: FuncState, t: Comprehension, iter: OpIter): void {
  const target = f.newLocal();
  const kind = t.kind === 'ArrayComprehension' ? 'MakeArrayStmt' : t.kind === 'SetComprehension' ? 'MakeSetStmt' : 'MakeObjectStmt';
  f.emit(kind === 'MakeArrayStmt' ? { kind, capacity: 0, target } : { kind, target });
  f.nested(() => planQuery(f, t.body, () => {
    if (t.kind === 'ObjectComprehension') {
      planTerm(f, t.key, (k) => planTerm(f, t.value, (v) => f.emit({ kind: 'ObjectInsertOnceStmt', key: k, value: v, object: target, conflict: CONFLICT_OBJECT })));
    } else if (t.kind === 'ArrayComprehension') {
      planTerm(f, t.term, (v) => f.emit({ kind: 'ArrayAppendStmt', value: v, array: target }));
    } else {
      planTerm(f, t.term, (v) => f.emit({ kind: 'SetAddStmt', value: v, set: target }));
    }
  }));
  iter(local(target));
}
