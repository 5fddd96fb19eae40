// RewriteDynamicTerms (OPA's stage of that name): binds every dynamic term an expression reads — each ref or
// comprehension operand of a call, each ref inside a collection operand, each dynamic segment of a ref — to a
// fresh local in an expression placed just before it, carrying the expression's `with` modifiers. The
// generated expression is never negated, so an undefined operand fails the body even under `not`
// (`not f(o.missing)` is `__local0__ = o.missing; not f(__local0__)`). A unification's sides and a naked ref
// stay as written (only their dynamic segments are bound), which keeps `not o.missing` and `not x = o.missing`
// true when `o.missing` is undefined.
import type { Body, Expr, Term, With } from '../ast/nodes';
import { mkExpr, mkVar } from './ast-util';
import { freshName, rewriteRules, type CompileContext } from './context';

class DynamicTerms {
  constructor(private readonly ctx: CompileContext) {}

  body(body: Body): Body {
    const out: Body = [];
    for (const e of body) this.expr(e, out);
    return out;
  }

  /** Appends the bindings `e` needs, then `e` rewritten, to `out`. */
  private expr(e: Expr, out: Body): void {
    const x = e.terms;
    const bind = (t: Term): Term => this.one(t, e.with, out);
    const inTerm = (t: Term): Term => this.inTerm(t, e.with, out);
    switch (x.kind) {
      case 'Unify':
        out.push({ ...e, terms: { ...x, left: inTerm(x.left), right: inTerm(x.right) } });
        return;
      case 'Call':
        out.push({ ...e, terms: { ...x, args: x.args.map(bind) } });
        return;
      case 'Every':
        out.push({ ...e, terms: { ...x, domain: bind(x.domain), body: this.body(x.body) } });
        return;
      case 'Block':
        out.push({ ...e, terms: { ...x, body: this.body(x.body) } });
        return;
      case 'Logical':
        out.push({ ...e, terms: { ...x, operands: x.operands.map((op) => this.operand(op)) } });
        return;
      case 'Assign':
      case 'SomeDecl':
      case 'SomeIn':
        out.push(e);
        return;
      default:
        out.push({ ...e, terms: inTerm(x) });
    }
  }

  /** An and/or operand keeps its bindings inside itself (plangate's experimental operators; OPA has none). */
  private operand(op: Expr): Expr {
    const exprs = this.body([op]);
    return exprs.length === 1 ? exprs[0] : mkExpr({ kind: 'Block', body: exprs, span: op.span, loc: op.loc }, op);
  }

  /** A unification side or a naked term: a ref keeps its place (its dynamic segments are bound), a closure its body. */
  private inTerm(t: Term, withs: With[], out: Body): Term {
    switch (t.kind) {
      case 'Ref':
        return { ...t, path: t.path.map((p) => this.one(p, withs, out)) };
      case 'ArrayComprehension':
      case 'SetComprehension':
      case 'ObjectComprehension':
        return { ...t, body: this.body(t.body) };
      default:
        return this.one(t, withs, out);
    }
  }

  /** A term that must be a value before the expression runs: refs and closures are bound, collections recursed. */
  private one(t: Term, withs: With[], out: Body): Term {
    switch (t.kind) {
      case 'Ref':
        return this.generate({ ...t, path: t.path.map((p) => this.one(p, withs, out)) }, withs, out);
      case 'Array':
      case 'Set':
        return { ...t, items: t.items.map((x) => this.one(x, withs, out)) };
      case 'Object':
        return { ...t, entries: t.entries.map((en) => ({ key: this.one(en.key, withs, out), value: this.one(en.value, withs, out) })) };
      case 'ArrayComprehension':
      case 'SetComprehension':
      case 'ObjectComprehension':
        return this.generate({ ...t, body: this.body(t.body) }, withs, out);
      default:
        return t;
    }
  }

  private generate(t: Term, withs: With[], out: Body): Term {
    const local = mkVar(freshName(this.ctx, '__local'), t);
    out.push(mkExpr({ kind: 'Unify', left: local, right: t, span: t.span, loc: t.loc }, t, false, withs));
    return local;
  }
}

/** The RewriteDynamicTerms stage: rule bodies (every link of an else chain) and the query. */
export function rewriteDynamicTerms(ctx: CompileContext): void {
  const d = new DynamicTerms(ctx);
  rewriteRules(ctx, (rule) => ({ ...rule, body: d.body(rule.body) }));
  if (ctx.query) ctx.query = { ...ctx.query, body: d.body(ctx.query.body) };
}
