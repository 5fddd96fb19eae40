// CheckUnsupported: syntax the parser accepts but this compiler does not lower yet (template strings,
// braced blocks outside `not` and `and`/`or`) is reported instead of being silently mis-planned.
import type { Body, Expr } from '../ast/nodes';
import { forEachTermInExpr } from './ast-util';
import { forEachRule, type CompileContext } from './context';

function checkBody(ctx: CompileContext, body: Body): void {
  const visit = (e: Expr): void => {
    if (e.terms.kind === 'Block' && !e.negated) ctx.diagnostics.error('rego_compile_error', 'block expressions are not supported', e);
    forEachTermInExpr(e, (t) => {
      if (t.kind === 'TemplateString') ctx.diagnostics.error('rego_compile_error', 'template strings are not supported', t);
    });
    if (e.terms.kind === 'Every' || e.terms.kind === 'Block') e.terms.body.forEach(visit);
    if (e.terms.kind === 'Logical') for (const op of e.terms.operands) if (op.terms.kind === 'Block') op.terms.body.forEach(visit);
  };
  body.forEach(visit);
}

/** The CheckUnsupported stage. */
export function checkUnsupported(ctx: CompileContext): void {
  forEachRule(ctx, (r) => checkBody(ctx, r.body));
  if (ctx.query) checkBody(ctx, ctx.query.body);
}
