// Plans bodies (queries) in continuation-passing style, the entrypoint plans (`result = data.<path>`)
// and arbitrary queries whose result objects bind every non-generated query var under its user name.
import type { Body, Expr, Term } from '../ast/nodes';
import { isGeneratedVar, mkDataRef, mkExpr, mkVar, termVars } from '../compiler/ast-util';
import type { Block, Plan } from '../ir/types';
import { planExpr } from './exprs';
import { local, FuncState, type PolicyBuilder } from './state';
import type { Iter } from './unify';

/** Plans the expressions of a body in order; `iter` runs once per solution. */
export function planQuery(f: FuncState, body: Body, iter: Iter): void {
  const step = (i: number): void => (i === body.length ? iter() : planExpr(f, body[i], () => step(i + 1)));
  step(0);
}

function queryVars(body: Body, names: ReadonlyMap<string, string>): Array<[string, string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  const add = (t: Term): void => {
    for (const v of termVars(t)) {
      if (seen.has(v) || v === 'data' || v === 'input') continue;
      seen.add(v);
      const user = names.get(v);
      if (user !== undefined) out.push([v, user]);
      else if (!isGeneratedVar(v)) out.push([v, v]);
    }
  };
  for (const e of body) visitTopTerms(e, add);
  return out;
}

function visitTopTerms(e: Expr, f: (t: Term) => void): void {
  const x = e.terms;
  if (x.kind === 'Unify') {
    f(x.left);
    f(x.right);
  } else if (x.kind === 'Call') x.args.forEach(f);
  else if (x.kind !== 'Every' && x.kind !== 'Block' && x.kind !== 'Assign' && x.kind !== 'SomeDecl' && x.kind !== 'SomeIn' && x.kind !== 'Logical') f(x);
}

/** Plans a named query: one result-set entry (an object of the query vars) per solution. */
export function planNamedQuery(policy: PolicyBuilder, name: string, body: Body, names: ReadonlyMap<string, string>): Plan {
  const f = new FuncState(policy, 2);
  const block: Block = { stmts: [] };
  const vars = queryVars(body, names);
  f.into(block, () => planQuery(f, body, () => {
    const obj = f.newLocal();
    f.emit({ kind: 'MakeObjectStmt', target: obj });
    for (const [v, user] of vars) {
      const l = f.lookupVar(v);
      if (l !== undefined) f.emit({ kind: 'ObjectInsertStmt', key: { kind: 'string', value: policy.string(user) }, value: local(l), object: obj });
    }
    f.emit({ kind: 'ResultSetAddStmt', value: obj });
  }));
  return { name, blocks: [block] };
}

/** The entrypoint plan for a slash path (`pkg/rule`): `result = data.pkg.rule`. */
export function planEntrypoint(policy: PolicyBuilder, entrypoint: string): Plan {
  const path = entrypoint.split('/').filter((s) => s.length > 0);
  const origin = policy.program.modules[0]?.package ?? undefined;
  const at = origin ?? { span: { file: '', start: 0, end: 0 }, loc: { file: '', line: 1, col: 1 } };
  const body: Body = [mkExpr({ kind: 'Unify', left: mkVar('result', at), right: mkDataRef(path, at), span: at.span, loc: at.loc }, at)];
  return planNamedQuery(policy, entrypoint, body, new Map());
}
