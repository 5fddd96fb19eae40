// Plans unification (`a = b`): binds unbound vars on either side, matches array and object patterns
// element by element (`[x, 1] = [2, y]`), and compares whatever is fully known.
import type { Term } from '../ast/nodes';
import { childTerms, isClosure, termText, termVars } from '../compiler/ast-util';
import { DATA_LOCAL, INPUT_LOCAL, type Operand } from '../ir/types';
import { internalError, local, type FuncState } from './state';
import { planTerm } from './terms';

/** Continuation without a value. */
export type Iter = () => void;

function refKeyVars(t: Term, out: Set<string>): void {
  if (t.kind === 'Ref') {
    for (const p of t.path) termVars(p, out);
    refKeyVars(t.head, out);
  } else if (!isClosure(t)) for (const c of childTerms(t)) refKeyVars(c, out);
}

/** True if every var of `t` is bound, except vars in ref keys (the ref's iteration binds those). */
export function plannable(f: FuncState, t: Term): boolean {
  const keys = new Set<string>();
  refKeyVars(t, keys);
  for (const v of termVars(t)) if (!keys.has(v) && v !== 'data' && v !== 'input' && f.lookupVar(v) === undefined) return false;
  return true;
}

function isUnboundVar(f: FuncState, t: Term): t is Extract<Term, { kind: 'Var' }> {
  return t.kind === 'Var' && f.lookupVar(t.name) === undefined;
}

/** Plans `a = b`. */
export function planUnify(f: FuncState, a: Term, b: Term, iter: Iter): void {
  if (isUnboundVar(f, a) || (!plannable(f, a) && plannable(f, b))) return planTerm(f, b, (op) => planUnifyLocal(f, op, a, iter));
  if (isUnboundVar(f, b) || (!plannable(f, b) && plannable(f, a))) return planTerm(f, a, (op) => planUnifyLocal(f, op, b, iter));
  if (a.kind === 'Array' && b.kind === 'Array' && !(plannable(f, a) && plannable(f, b))) {
    if (a.items.length !== b.items.length) return f.emit({ kind: 'BreakStmt', index: 0 });
    return planUnifyPairs(f, a.items.map((x, i) => [x, b.items[i]]), iter);
  }
  if (a.kind === 'Object' && b.kind === 'Object' && !(plannable(f, a) && plannable(f, b))) {
    const keyText = (t: Term): string => termText(t);
    const bKeys = new Map(b.entries.map((e) => [keyText(e.key), e.value]));
    if (a.entries.length !== b.entries.length || a.entries.some((e) => !bKeys.has(keyText(e.key)))) return f.emit({ kind: 'BreakStmt', index: 0 });
    return planUnifyPairs(f, a.entries.map((e) => [e.value, bKeys.get(keyText(e.key)) as Term]), iter);
  }
  if (!plannable(f, a) || !plannable(f, b)) internalError(`cannot unify ${termText(a)} with ${termText(b)}`, a);
  planTerm(f, a, (la) => planTerm(f, b, (lb) => {
    f.emit({ kind: 'EqualStmt', a: la, b: lb });
    iter();
  }));
}

function planUnifyPairs(f: FuncState, pairs: Array<[Term, Term]>, iter: Iter): void {
  const step = (i: number): void => (i === pairs.length ? iter() : planUnify(f, pairs[i][0], pairs[i][1], () => step(i + 1)));
  step(0);
}

/** Plans `value = pattern` where the value is already in an operand. */
export function planUnifyLocal(f: FuncState, value: Operand, pattern: Term, iter: Iter): void {
  if (isUnboundVar(f, pattern)) {
    let l = f.toLocal(value);
    if (l === INPUT_LOCAL || l === DATA_LOCAL) {
      // `with` swaps these locals in place: a var must keep the value it saw.
      const copy = f.newLocal();
      f.emit({ kind: 'AssignVarStmt', source: local(l), target: copy });
      l = copy;
    }
    f.bind(pattern.name, l);
    return iter();
  }
  if (pattern.kind === 'Array' && !plannable(f, pattern)) {
    const l = f.toLocal(value);
    f.emit({ kind: 'IsArrayStmt', source: local(l) });
    emitLengthCheck(f, l, pattern.items.length);
    const step = (i: number): void => {
      if (i === pattern.items.length) return iter();
      const idx = f.newLocal();
      const item = f.newLocal();
      f.emit({ kind: 'MakeNumberIntStmt', value: i, target: idx });
      f.emit({ kind: 'DotStmt', source: local(l), key: local(idx), target: item });
      planUnifyLocal(f, local(item), pattern.items[i], () => step(i + 1));
    };
    return step(0);
  }
  if (pattern.kind === 'Object' && !plannable(f, pattern)) {
    const l = f.toLocal(value);
    f.emit({ kind: 'IsObjectStmt', source: local(l) });
    emitLengthCheck(f, l, pattern.entries.length);
    const step = (i: number): void => {
      if (i === pattern.entries.length) return iter();
      planTerm(f, pattern.entries[i].key, (k) => {
        const item = f.newLocal();
        f.emit({ kind: 'DotStmt', source: local(l), key: k, target: item });
        planUnifyLocal(f, local(item), pattern.entries[i].value, () => step(i + 1));
      });
    };
    return step(0);
  }
  if (!plannable(f, pattern)) internalError(`cannot unify with ${termText(pattern)}`, pattern);
  planTerm(f, pattern, (op) => {
    f.emit({ kind: 'EqualStmt', a: value, b: op });
    iter();
  });
}

function emitLengthCheck(f: FuncState, l: number, n: number): void {
  const len = f.newLocal();
  const want = f.newLocal();
  f.emit({ kind: 'LenStmt', source: local(l), target: len });
  f.emit({ kind: 'MakeNumberIntStmt', value: n, target: want });
  f.emit({ kind: 'EqualStmt', a: local(len), b: local(want) });
}
