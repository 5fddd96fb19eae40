// RewriteEquals: `a == b` written as a whole expression becomes the unification `a = b` in module bodies, as
// OPA's stage of that name does after the safety check (so `==` never binds). Queries keep `==`: OPA's query
// compiler skips this stage, which matters to RewriteDynamicTerms (a unification binds no ref operand).
import type { Body, Expr } from '../ast/nodes';
import { refDottedName } from './ast-util';
import { rewriteRules, type CompileContext } from './context';

function rewriteExpr(e: Expr): Expr {
  const x = e.terms;
  if (x.kind === 'Call' && x.args.length === 2 && refDottedName(x.operator) === 'equal') {
    return { ...e, terms: { kind: 'Unify', left: x.args[0], right: x.args[1], span: x.span, loc: x.loc } };
  }
  return { ...e, terms: rewriteNested(x) };
}

/** Nested bodies (closures, every, blocks, and/or operands) are rewritten too: OPA transforms every expression. */
function rewriteNested(x: Expr['terms']): Expr['terms'] {
  switch (x.kind) {
    case 'Every':
    case 'Block':
      return { ...x, body: rewriteBody(x.body) };
    case 'Logical':
      return { ...x, operands: x.operands.map(rewriteExpr) };
    case 'Unify':
      return { ...x, left: rewriteTerm(x.left), right: rewriteTerm(x.right) };
    case 'Assign':
    case 'SomeDecl':
    case 'SomeIn':
      return x;
    default:
      return rewriteTerm(x);
  }
}

function rewriteTerm<T extends Expr['terms']>(t: T): T {
  switch (t.kind) {
    case 'ArrayComprehension':
    case 'SetComprehension':
    case 'ObjectComprehension':
      return { ...t, body: rewriteBody(t.body) };
    case 'Ref':
      return { ...t, head: rewriteTerm(t.head), path: t.path.map(rewriteTerm) };
    case 'Array':
    case 'Set':
      return { ...t, items: t.items.map(rewriteTerm) };
    case 'Object':
      return { ...t, entries: t.entries.map((en) => ({ key: rewriteTerm(en.key), value: rewriteTerm(en.value) })) };
    case 'Call':
      return { ...t, args: t.args.map(rewriteTerm) };
    default:
      return t;
  }
}

function rewriteBody(body: Body): Body {
  return body.map(rewriteExpr);
}

/** The RewriteEquals stage. */
export function rewriteEquals(ctx: CompileContext): void {
  rewriteRules(ctx, (rule) => ({ ...rule, body: rewriteBody(rule.body) }));
}
