// RewriteWithValues: validates `with` targets (input…, data…, a user function or a built-in) and
// normalises a bare built-in name target to a ref, so the planner sees refs only.
import type { Body, Expr, Term, With } from '../ast/nodes';
import { mapExprTerms, mkRef, refDottedName } from './ast-util';
import { rewriteRules, type CompileContext } from './context';

function checkWith(ctx: CompileContext, w: With): With {
  const target: Term = w.target.kind === 'Var' ? mkRef(w.target, [], w.target) : w.target;
  if (target.kind === 'Ref' && target.head.kind === 'Var') {
    const root = target.head.name;
    if (root === 'input' || root === 'data') return { ...w, target };
    const name = refDottedName(target);
    if (name !== undefined && ctx.builtins(name)) return { ...w, target };
  }
  ctx.diagnostics.error('rego_type_error', 'with keyword target must reference existing input, data, or a function', w);
  return w;
}

function rewriteBody(ctx: CompileContext, body: Body): Body {
  const f = (e: Expr): Expr => {
    const mapped = mapExprTerms(e, (t) => t, (b) => b.map(f));
    return { ...mapped, with: mapped.with.map((w) => checkWith(ctx, w)) };
  };
  return body.map(f);
}

/** The RewriteWithValues stage. */
export function rewriteWithValues(ctx: CompileContext): void {
  rewriteRules(ctx, (rule) => ({ ...rule, body: rewriteBody(ctx, rule.body) }));
  if (ctx.query) ctx.query = { ...ctx.query, body: rewriteBody(ctx, ctx.query.body) };
}
