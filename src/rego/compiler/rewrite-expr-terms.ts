// RewriteExprTerms: hoists nested calls (and refs used as ref keys or heads) out of terms into their own
// expressions binding fresh `$hN` vars, so the planner only meets calls at the top of an expression.
// As in OPA, hoisted calls of a negated expression run before it, outside the negation
// (`not count(x) > 1` is `count(x, $h); not $h > 1`): an undefined call fails the body. A module importing
// `future.keywords.not` negates whole literals instead: there `not e` becomes `not { e }`, so what is hoisted
// from `e` (here and in RewriteDynamicTerms) stays inside the negation.
import type { Body, Expr, Module, Rule, Term } from '../ast/nodes';
import { isClosure, isScalar, mkExpr, mkVar } from './ast-util';
import { freshName, rewriteRules, type CompileContext } from './context';

class Hoister {
  constructor(private readonly ctx: CompileContext, private readonly negationCoversLiteral = false) {}

  /** Rewrites `t`, pushing the expressions it depends on to `pre`. */
  term(t: Term, pre: Expr[]): Term {
    switch (t.kind) {
      case 'Call': {
        const args = t.args.map((a) => this.term(a, pre));
        const out = mkVar(freshName(this.ctx, '$h'), t);
        pre.push(mkExpr({ ...t, args: [...args, out] }, t));
        return out;
      }
      case 'Ref': {
        const head = t.head.kind === 'Var' ? t.head : this.term(t.head, pre);
        const path = t.path.map((p) => (p.kind === 'Ref' ? this.hoistValue(p, pre) : this.term(p, pre)));
        return { ...t, head, path };
      }
      case 'Array':
      case 'Set':
        return { ...t, items: t.items.map((x) => this.term(x, pre)) };
      case 'Object':
        return { ...t, entries: t.entries.map((e) => ({ key: this.term(e.key, pre), value: this.term(e.value, pre) })) };
      case 'ArrayComprehension':
      case 'SetComprehension': {
        const inner: Expr[] = [];
        const body = this.body(t.body);
        const term = this.term(t.term, inner);
        return { ...t, body: [...body, ...inner], term };
      }
      case 'ObjectComprehension': {
        const inner: Expr[] = [];
        const body = this.body(t.body);
        const key = this.term(t.key, inner);
        const value = this.term(t.value, inner);
        return { ...t, body: [...body, ...inner], key, value };
      }
      default:
        return t;
    }
  }

  /** Hoists a whole term into `$h = term`. */
  hoistValue(t: Term, pre: Expr[]): Term {
    const inner = this.term(t, pre);
    const out = mkVar(freshName(this.ctx, '$h'), t);
    pre.push(mkExpr({ kind: 'Unify', left: out, right: inner, span: t.span, loc: t.loc }, t));
    return out;
  }

  /** An and/or operand: whatever it hoists stays inside it (wrapped in a block). */
  private operand(op: Expr): Expr {
    const exprs = this.expr(op);
    return exprs.length === 1 ? exprs[0] : mkExpr({ kind: 'Block', body: exprs, span: op.span, loc: op.loc }, op);
  }

  body(body: Body): Body {
    return body.flatMap((e) => this.expr(e));
  }

  private expr(e: Expr): Expr[] {
    if (this.negationCoversLiteral && e.negated && e.terms.kind !== 'Block') {
      const inner: Expr = { ...e, negated: false, with: [] };
      return this.expr(mkExpr({ kind: 'Block', body: [inner], span: e.span, loc: e.loc }, e, true, e.with));
    }
    const outer: Expr[] = [];
    const withs = e.with.map((w) => ({ ...w, value: this.term(w.value, outer) }));
    const pre: Expr[] = [];
    const x = e.terms;
    let terms: Expr['terms'];
    switch (x.kind) {
      case 'Unify':
        terms = { ...x, left: this.term(x.left, pre), right: this.term(x.right, pre) };
        break;
      case 'Every':
        terms = { ...x, domain: this.term(x.domain, outer), body: this.body(x.body) };
        break;
      case 'Block':
        terms = { ...x, body: this.body(x.body) };
        break;
      case 'Call':
        terms = { ...x, args: x.args.map((a) => this.term(a, pre)) };
        break;
      case 'Logical':
        terms = { ...x, operands: x.operands.map((op) => this.operand(op)) };
        break;
      case 'Assign':
      case 'SomeDecl':
      case 'SomeIn':
        terms = x;
        break;
      default:
        terms = isClosure(x) || x.kind === 'Ref' || x.kind === 'Array' || x.kind === 'Object' || x.kind === 'Set' ? this.term(x, pre) : x;
    }
    // Hoisted calls run under the same `with` modifiers as the expression they came from.
    return [...outer, ...pre.map((p) => ({ ...p, with: withs })), { ...e, terms, with: withs }];
  }
}

/**
 * Head keys and values that are not plain vars or scalars move into the body as `$h = term` (OPA does the
 * same), so refs in heads iterate and bind like body refs (`q := xs[_]`). Defaults keep constant heads.
 */
function rewriteRule(h: Hoister, rule: Rule): Rule {
  const pre: Expr[] = [];
  const m = (t: Term | undefined): Term | undefined => {
    if (!t) return t;
    if (rule.default || t.kind === 'Var' || isScalar(t)) return h.term(t, pre);
    return h.hoistValue(t, pre);
  };
  const head = {
    ...rule.head,
    ref: { ...rule.head.ref, path: rule.head.ref.path.map((t) => h.term(t, pre)) },
    key: m(rule.head.key),
    value: m(rule.head.value),
  };
  return { ...rule, head, body: [...h.body(rule.body), ...pre] };
}

/** True when the module imports `future.keywords.not` (OPA's negation of whole literals). */
function negatesWholeLiterals(m: Module): boolean {
  return m.imports.some((i) => i.path.head.kind === 'Var' && i.path.head.name === 'future' && i.path.path.map((p) => (p.kind === 'String' ? p.value : '')).join('.') === 'keywords.not');
}

/** The RewriteExprTerms stage. */
export function rewriteExprTerms(ctx: CompileContext): void {
  const h = new Hoister(ctx);
  const whole = new Hoister(ctx, true);
  rewriteRules(ctx, (rule, m) => rewriteRule(negatesWholeLiterals(m) ? whole : h, rule));
  if (ctx.query) ctx.query = { ...ctx.query, body: h.body(ctx.query.body) };
}
