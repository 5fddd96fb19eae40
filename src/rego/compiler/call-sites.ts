// Enumerates the call sites of every rule body, rule head and query, telling calls written as whole
// expressions (which may carry an extra output argument) from calls nested inside terms.
import type { Body, Expr, Module, Rule, Term } from '../ast/nodes';
import { childTerms, exprTerms } from './ast-util';
import { forEachRule, type CompileContext } from './context';

/** A call found in the program. */
export interface CallSite {
  call: Extract<Term, { kind: 'Call' }>;
  /** True for a call that is a whole expression (`count(x, n)` may bind n). */
  topLevel: boolean;
  /** The module the call is written in (none for a query). */
  module?: Module;
}

function bodyCalls(body: Body, out: CallSite[]): void {
  for (const e of body) exprCalls(e, out);
}

function termCalls(t: Term, out: CallSite[], topLevel: boolean): void {
  if (t.kind === 'Call') out.push({ call: t, topLevel });
  if (t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension') {
    termCalls(t.term, out, false);
    bodyCalls(t.body, out);
  } else if (t.kind === 'ObjectComprehension') {
    termCalls(t.key, out, false);
    termCalls(t.value, out, false);
    bodyCalls(t.body, out);
  } else for (const c of childTerms(t)) termCalls(c, out, false);
}

function exprCalls(e: Expr, out: CallSite[]): void {
  const x = e.terms;
  if (x.kind === 'Every' || x.kind === 'Block') bodyCalls(x.body, out);
  if (x.kind === 'Logical') for (const op of x.operands) exprCalls(op, out);
  for (const t of exprTerms(e)) termCalls(t, out, x.kind === 'Call');
  for (const w of e.with) termCalls(w.value, out, false);
}

function ruleCalls(rule: Rule, out: CallSite[]): void {
  bodyCalls(rule.body, out);
  const h = rule.head;
  for (const t of [...h.ref.path, ...(h.key ? [h.key] : []), ...(h.value ? [h.value] : [])]) termCalls(t, out, false);
}

/** Every call site of the modules being compiled and of the query. */
export function allCallSites(ctx: CompileContext): CallSite[] {
  const out: CallSite[] = [];
  forEachRule(ctx, (r, module) => {
    const from = out.length;
    ruleCalls(r, out);
    for (let i = from; i < out.length; i++) out[i].module = module;
  });
  if (ctx.query) bodyCalls(ctx.query.body, out);
  return out;
}
