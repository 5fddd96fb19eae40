// Plans `expr with t1 as v1 with t2 as v2 …`: values are planned first; input/data targets become
// nested WithStmts; data targets over rules and mocked functions/built-ins enter the `with` scope so
// affected rules are re-planned as copies. The rest of the query runs inside, after the original
// input/data are put back (a second WithStmt), so iteration inside the expression is preserved.
import type { Expr, Term, With } from '../ast/nodes';
import { refDottedName } from '../compiler/ast-util';
import { groupsForPrefix } from '../compiler';
import { DATA_LOCAL, INPUT_LOCAL, type Block, type Local, type Operand } from '../ir/types';
import { planExpr } from './exprs';
import { internalError, local, type FuncState, type WithScope } from './state';
import { planTerm } from './terms';
import type { Iter } from './unify';

type Target =
  | { kind: 'document'; local: Local; path: string[]; value: Term }
  | { kind: 'mock-func'; name: string; replacement: string }
  | { kind: 'mock-value'; name: string; value: Term };

function stringPath(ref: Extract<Term, { kind: 'Ref' }>): string[] {
  return ref.path.map((p) => (p.kind === 'String' ? p.value : internalError('with target keys must be strings', p)));
}

/** The function or built-in a term names, if it names one. */
function functionNamed(f: FuncState, t: Term): string | undefined {
  if (t.kind !== 'Ref' && t.kind !== 'Var') return undefined;
  const name = t.kind === 'Var' ? t.name : refDottedName(t);
  if (name === undefined) return undefined;
  if (name.startsWith('data.')) return f.policy.program.functionArity.has(name) ? name : undefined;
  return f.policy.program.builtins(name) ? name : undefined;
}

function classify(f: FuncState, w: With): Target {
  const t = w.target;
  if (t.kind !== 'Ref' || t.head.kind !== 'Var') return internalError('with target is not a ref', w);
  const root = t.head.name;
  const named = functionNamed(f, t);
  if (named !== undefined && root !== 'input') {
    const replacement = functionNamed(f, w.value);
    return replacement !== undefined ? { kind: 'mock-func', name: named, replacement } : { kind: 'mock-value', name: named, value: w.value };
  }
  if (root === 'input') return { kind: 'document', local: INPUT_LOCAL, path: stringPath(t), value: w.value };
  if (root === 'data') return { kind: 'document', local: DATA_LOCAL, path: stringPath(t), value: w.value };
  return internalError('unsupported with target', w);
}

/** Plans an expression carrying `with` modifiers. */
export function planWith(f: FuncState, e: Expr, iter: Iter): void {
  const targets = e.with.map((w) => classify(f, w));
  const valued = targets.filter((t): t is Exclude<Target, { kind: 'mock-func' }> => t.kind !== 'mock-func');
  const step = (i: number, values: Operand[]): void => {
    if (i < valued.length) return planTerm(f, valued[i].value, (op) => step(i + 1, [...values, op]));
    planWithValues(f, e, targets, new Map(valued.map((t, j) => [t, f.toLocal(values[j])])), iter);
  };
  step(0, []);
}

function planWithValues(f: FuncState, e: Expr, targets: Target[], values: Map<Target, Local>, iter: Iter): void {
  const outer = f.withScope;
  const scope: WithScope = { overrides: new Map(outer.overrides), mocks: new Map(outer.mocks) };
  const docs: Array<{ local: Local; path: string[]; value: Local }> = [];
  for (const t of targets) {
    if (t.kind === 'mock-func') scope.mocks.set(t.name, { kind: 'func', name: t.replacement });
    else if (t.kind === 'mock-value') scope.mocks.set(t.name, { kind: 'value', value: values.get(t) as Local });
    else {
      const value = values.get(t) as Local;
      docs.push({ local: t.local, path: t.path, value });
      if (t.local === DATA_LOCAL && groupsForPrefix(f.policy.program.tree, t.path).length > 0) {
        scope.overrides.set(t.path.join('\u0000'), { path: t.path, value });
      }
    }
  }
  const saved = new Map<Local, Local>();
  for (const d of docs) {
    if (saved.has(d.local)) continue;
    const copy = f.newLocal();
    f.emit({ kind: 'AssignVarStmt', source: local(d.local), target: copy });
    saved.set(d.local, copy);
  }
  const restoreThen = (): void => {
    f.withScope = outer;
    nestWith(f, [...saved].map(([l, copy]) => ({ local: l, path: [], value: copy })), iter);
    f.withScope = scope;
  };
  f.withScope = scope;
  nestWith(f, docs, () => planExpr(f, { ...e, with: [] }, restoreThen));
  f.withScope = outer;
}

/** Emits nested WithStmts (outermost first) around what `inner` plans. */
function nestWith(f: FuncState, docs: Array<{ local: Local; path: string[]; value: Local }>, inner: () => void): void {
  const step = (i: number): void => {
    if (i === docs.length) return inner();
    const d = docs[i];
    const block: Block = { stmts: [] };
    f.into(block, () => step(i + 1));
    f.emit({ kind: 'WithStmt', local: d.local, path: d.path.map((s) => f.policy.string(s)), value: local(d.value), block });
  };
  step(0);
}
