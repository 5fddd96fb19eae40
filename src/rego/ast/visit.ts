// Generic traversal of the AST: direct children of any node, a depth-first walk, a term mapper and small
// queries built on them (groundness, variables). Compiler passes and the printer share these.

import type { Body, Expr, ExprTerms, Node, RefTerm, Term, VarTerm } from './nodes';
import { assertNever } from './nodes';

const TERM_KINDS: ReadonlySet<string> = new Set<Term['kind']>([
  'Null', 'Boolean', 'Number', 'String', 'Var', 'Ref', 'Array', 'Object', 'Set',
  'ArrayComprehension', 'SetComprehension', 'ObjectComprehension', 'Call', 'TemplateString',
]);

/** Whether a node is a term. */
export function isTerm(node: Node): node is Term {
  return TERM_KINDS.has(node.kind);
}

/** Calls `fn` on each direct child of `node`, in source order. */
export function forEachChild(node: Node, fn: (child: Node) => void): void {
  const each = (nodes: readonly Node[]) => nodes.forEach(fn);
  switch (node.kind) {
    case 'Null': case 'Boolean': case 'Number': case 'String': case 'Var': case 'Comment': case 'Annotations':
      return;
    case 'Ref': return each([node.head, ...node.path]);
    case 'Array': case 'Set': return each(node.items);
    case 'Object': return node.entries.forEach((e) => each([e.key, e.value]));
    case 'ArrayComprehension': case 'SetComprehension': return each([node.term, ...node.body]);
    case 'ObjectComprehension': return each([node.key, node.value, ...node.body]);
    case 'Call': return each([node.operator, ...node.args]);
    case 'TemplateString': return each(node.parts);
    case 'Unify': case 'Assign': return each([node.left, node.right]);
    case 'SomeDecl': return each(node.vars);
    case 'SomeIn': return each([...(node.key ? [node.key] : []), node.value, node.domain]);
    case 'Every': return each([...(node.key ? [node.key] : []), node.value, node.domain, ...node.body]);
    case 'Block': return each(node.body);
    case 'Logical': return each(node.operands);
    case 'Expr': return each([node.terms, ...node.with]);
    case 'With': return each([node.target, node.value]);
    case 'RuleHead': return each([node.ref, ...(node.args ?? []), ...(node.key ? [node.key] : []), ...(node.value ? [node.value] : [])]);
    case 'Rule': return each([node.head, ...node.body, ...(node.else ? [node.else] : [])]);
    case 'Package': return each([node.path]);
    case 'Import': return each([node.path]);
    case 'Module': return each([node.package, ...node.imports, ...node.rules]);
    default: return assertNever(node);
  }
}

/** Depth-first pre-order walk; returning `false` from `visit` skips that node's children. */
export function walk(node: Node, visit: (node: Node) => boolean | void): void {
  if (visit(node) === false) return;
  forEachChild(node, (child) => walk(child, visit));
}

/** Walks every expression of a body (including nested comprehension, every and block bodies). */
export function walkBody(body: Body, visit: (node: Node) => boolean | void): void {
  body.forEach((expr) => walk(expr, visit));
}

/**
 * Rebuilds a term top-down: `fn` may return a replacement for any sub-term (its children are then not
 * visited); returning undefined keeps the node and maps its children. Bodies inside comprehensions are
 * mapped too (terms of their expressions).
 */
export function mapTerm(term: Term, fn: (t: Term) => Term | undefined): Term {
  const replaced = fn(term);
  if (replaced) return replaced;
  const m = (t: Term) => mapTerm(t, fn);
  switch (term.kind) {
    case 'Null': case 'Boolean': case 'Number': case 'String': case 'Var':
      return term;
    case 'Ref': return { ...term, head: m(term.head), path: term.path.map(m) };
    case 'Array': case 'Set': return { ...term, items: term.items.map(m) };
    case 'Object': return { ...term, entries: term.entries.map((e) => ({ key: m(e.key), value: m(e.value) })) };
    case 'ArrayComprehension': case 'SetComprehension':
      return { ...term, term: m(term.term), body: term.body.map((e) => mapExpr(e, fn)) };
    case 'ObjectComprehension':
      return { ...term, key: m(term.key), value: m(term.value), body: term.body.map((e) => mapExpr(e, fn)) };
    case 'Call': return { ...term, operator: mapTerm(term.operator, fn) as typeof term.operator, args: term.args.map(m) };
    case 'TemplateString':
      return { ...term, parts: term.parts.map((p) => (p.kind === 'Expr' ? mapExpr(p, fn) : p)) };
    default: return assertNever(term);
  }
}

/** Maps the terms of an expression (see `mapTerm`). */
export function mapExpr(expr: Expr, fn: (t: Term) => Term | undefined): Expr {
  const m = (t: Term) => mapTerm(t, fn);
  const mb = (b: Body) => b.map((e) => mapExpr(e, fn));
  const t: ExprTerms = expr.terms;
  let terms: ExprTerms;
  switch (t.kind) {
    case 'Unify': case 'Assign': terms = { ...t, left: m(t.left), right: m(t.right) }; break;
    case 'SomeDecl': terms = { ...t, vars: t.vars.map((v) => m(v) as VarTerm) }; break;
    case 'SomeIn': terms = { ...t, ...(t.key ? { key: m(t.key) } : {}), value: m(t.value), domain: m(t.domain) }; break;
    case 'Every':
      terms = { ...t, ...(t.key ? { key: m(t.key) as VarTerm } : {}), value: m(t.value) as VarTerm, domain: m(t.domain), body: mb(t.body) };
      break;
    case 'Block': terms = { ...t, body: mb(t.body) }; break;
    case 'Logical': terms = { ...t, operands: mb(t.operands) }; break;
    default: terms = m(t);
  }
  return { ...expr, terms, with: expr.with.map((w) => ({ ...w, target: m(w.target), value: m(w.value) })) };
}

/** A term is ground when it contains no variables, refs, calls or comprehensions. */
export function isGround(term: Term): boolean {
  let ground = true;
  walk(term, (n) => {
    if (!ground) return false;
    if (n.kind === 'Var' || n.kind === 'Ref' || n.kind === 'Call' || n.kind === 'TemplateString' || n.kind.endsWith('Comprehension')) {
      ground = false;
      return false;
    }
    return true;
  });
  return ground;
}

/** A ref is ground when every path element is (the head, a root variable, does not count): `a.b["c"]`. */
export function isRefGround(ref: RefTerm): boolean {
  return ref.path.every(isGround);
}

/** Every variable occurring in a node (in source order, with repeats), excluding call operators' names. */
export function collectVars(node: Node): VarTerm[] {
  const vars: VarTerm[] = [];
  walk(node, (n) => {
    if (n.kind === 'Var') vars.push(n);
    if (n.kind === 'Call') {
      n.args.forEach((a) => vars.push(...collectVars(a)));
      return false;
    }
    return true;
  });
  return vars;
}
