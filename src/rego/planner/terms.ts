// Plans terms into operands: scalars as constants (numbers from their source text), vars from their
// bindings, composites built element by element, refs and comprehensions via their own planners.
import type { Term } from '../ast/nodes';
import type { Operand } from '../ir/types';
import { planComprehension } from './comprehensions';
import { planRef } from './refs';
import { internalError, local, type FuncState } from './state';

/** Continuation receiving a planned value. */
export type OpIter = (op: Operand) => void;

/** Plans a term; `iter` runs once per value (refs with unbound keys iterate). */
export function planTerm(f: FuncState, t: Term, iter: OpIter): void {
  switch (t.kind) {
    case 'Null': {
      const l = f.newLocal();
      f.emit({ kind: 'MakeNullStmt', target: l });
      return iter(local(l));
    }
    case 'Boolean':
      return iter({ kind: 'bool', value: t.value });
    case 'Number': {
      const l = f.newLocal();
      f.emit({ kind: 'MakeNumberRefStmt', index: f.policy.string(t.raw), target: l });
      return iter(local(l));
    }
    case 'String':
      return iter({ kind: 'string', value: f.policy.string(t.value) });
    case 'Var': {
      const l = f.lookupVar(t.name);
      if (l === undefined) internalError(`var ${t.name} is unbound`, t);
      return iter(local(l));
    }
    case 'Ref':
      return planRef(f, t, iter);
    case 'Array':
      return planTerms(f, t.items, (ops) => {
        const l = f.newLocal();
        f.emit({ kind: 'MakeArrayStmt', capacity: ops.length, target: l });
        for (const op of ops) f.emit({ kind: 'ArrayAppendStmt', value: op, array: l });
        iter(local(l));
      });
    case 'Set':
      return planTerms(f, t.items, (ops) => {
        const l = f.newLocal();
        f.emit({ kind: 'MakeSetStmt', target: l });
        for (const op of ops) f.emit({ kind: 'SetAddStmt', value: op, set: l });
        iter(local(l));
      });
    case 'Object':
      return planTerms(f, t.entries.flatMap((e) => [e.key, e.value]), (ops) => {
        const l = f.newLocal();
        f.emit({ kind: 'MakeObjectStmt', target: l });
        for (let i = 0; i < ops.length; i += 2) f.emit({ kind: 'ObjectInsertStmt', key: ops[i], value: ops[i + 1], object: l });
        iter(local(l));
      });
    case 'ArrayComprehension':
    case 'SetComprehension':
    case 'ObjectComprehension':
      return planComprehension(f, t, iter);
    case 'Call':
    case 'TemplateString':
      return internalError(`${t.kind} term left after RewriteExprTerms`, t);
  }
}

/** Plans several terms in order; `iter` gets all operands (once per combination of iterations). */
export function planTerms(f: FuncState, terms: readonly Term[], iter: (ops: Operand[]) => void): void {
  const step = (i: number, acc: Operand[]): void => {
    if (i === terms.length) return iter(acc);
    planTerm(f, terms[i], (op) => step(i + 1, [...acc, op]));
  };
  step(0, []);
}
