// RewritePrintCalls: erases `print(…)` expressions (plangate has no print sink), leaving `true` so the body
// keeps its shape. Runs after RewriteLocalVars so print arguments were still checked as var uses.
import type { Body, Expr, Term } from '../ast/nodes';
import { mapExprTerms, refDottedName } from './ast-util';
import { rewriteRules, type CompileContext } from './context';

function isPrintCall(e: Expr): boolean {
  return e.terms.kind === 'Call' && refDottedName(e.terms.operator) === 'print';
}

function erase(body: Body): Body {
  return body.map((e) => {
    if (isPrintCall(e)) return { ...e, negated: false, with: [], terms: { kind: 'Boolean', value: true, span: e.span, loc: e.loc } };
    return mapExprTerms(e, (t: Term) => t, erase);
  });
}

/** The RewritePrintCalls stage. */
export function rewritePrintCalls(ctx: CompileContext): void {
  rewriteRules(ctx, (rule) => ({ ...rule, body: erase(rule.body) }));
  if (ctx.query) ctx.query = { ...ctx.query, body: erase(ctx.query.body) };
}
