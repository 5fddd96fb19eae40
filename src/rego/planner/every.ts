// Plans `every k, v in D { body }` with OPA's cond0/cond1 encoding: per element, cond1 records that the
// body succeeded; an element where it did not sets cond0; the expression holds iff cond0 stays undefined.
// A domain that is not an array, object or set makes the expression fail.
import type { Every } from '../ast/nodes';
import { planQuery } from './queries';
import { local, type FuncState } from './state';
import { planTerm } from './terms';
import type { Iter } from './unify';

const TRUE = { kind: 'bool', value: true } as const;

/** Plans an `every` expression. */
export function planEvery(f: FuncState, e: Every, iter: Iter): void {
  planTerm(f, e.domain, (op) => {
    const domain = f.toLocal(op);
    const isCollection = f.newLocal();
    f.emit({ kind: 'ResetLocalStmt', target: isCollection });
    for (const kind of ['IsArrayStmt', 'IsObjectStmt', 'IsSetStmt'] as const) {
      f.nested(() => {
        f.emit({ kind, source: local(domain) });
        f.emit({ kind: 'AssignVarStmt', source: TRUE, target: isCollection });
      });
    }
    f.emit({ kind: 'IsDefinedStmt', source: isCollection });
    const cond0 = f.newLocal();
    const cond1 = f.newLocal();
    const key = f.newLocal();
    const value = f.newLocal();
    f.emit({ kind: 'ResetLocalStmt', target: cond0 });
    const block = { stmts: [] };
    f.into(block, () => {
      f.emit({ kind: 'ResetLocalStmt', target: cond1 });
      f.nested(() => {
        if (e.key) f.bind(e.key.name, key);
        f.bind(e.value.name, value);
        planQuery(f, e.body, () => f.emit({ kind: 'AssignVarStmt', source: TRUE, target: cond1 }));
      });
      f.emit({ kind: 'IsUndefinedStmt', source: cond1 });
      f.emit({ kind: 'AssignVarStmt', source: TRUE, target: cond0 });
    });
    f.emit({ kind: 'ScanStmt', source: domain, key, value, block });
    f.emit({ kind: 'IsUndefinedStmt', source: cond0 });
    iter();
  });
}
