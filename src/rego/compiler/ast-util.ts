// Small term helpers shared by the compiler passes and the planner: constructors for generated nodes
// (which borrow the position of the node they replace), var collection, groundness and generic rewriting.
import type { Body, Expr, NodeBase, RefTerm, StringTerm, Term, VarTerm, With } from '../ast/nodes';

/** Position fields copied from an existing node onto a generated one. */
function at(node: NodeBase): NodeBase {
  return { span: node.span, loc: node.loc };
}

/** A generated var at the position of `node`. */
export function mkVar(name: string, node: NodeBase): VarTerm {
  return { kind: 'Var', name, ...at(node) };
}

/** A generated string term. */
export function mkString(value: string, node: NodeBase): StringTerm {
  return { kind: 'String', value, ...at(node) };
}

/** A generated reference. */
export function mkRef(head: Term, path: Term[], node: NodeBase): RefTerm {
  return { kind: 'Ref', head, path, ...at(node) };
}

/** `data.a.b…` as a reference term. */
export function mkDataRef(path: readonly string[], node: NodeBase): RefTerm {
  return mkRef(mkVar('data', node), path.map((s) => mkString(s, node)), node);
}

/** A generated expression. */
export function mkExpr(terms: Expr['terms'], node: NodeBase, negated = false, withs: With[] = []): Expr {
  return { kind: 'Expr', negated, terms, with: withs, ...at(node) };
}

/** True for vars the compiler or parser generated (wildcards, hoisted temporaries, renamed locals). */
export function isGeneratedVar(name: string): boolean {
  return name.startsWith('$') || name.startsWith('__local');
}

/** The dotted name of a call operator or a ground ref (`strings.replace_n`, `data.pkg.f`); undefined if not all-string. */
export function refDottedName(ref: RefTerm): string | undefined {
  if (ref.head.kind !== 'Var') return undefined;
  const parts = [ref.head.name];
  for (const p of ref.path) {
    if (p.kind !== 'String') return undefined;
    parts.push(p.value);
  }
  return parts.join('.');
}

/** The leading string keys of a `data` ref (`data.a.b[x].c` → ['a', 'b']); undefined if the head is not `data`. */
export function dataRefPrefix(ref: RefTerm): string[] | undefined {
  if (ref.head.kind !== 'Var' || ref.head.name !== 'data') return undefined;
  const out: string[] = [];
  for (const p of ref.path) {
    if (p.kind !== 'String') break;
    out.push(p.value);
  }
  return out;
}

/** Direct child terms of a term, comprehension bodies excluded. */
export function childTerms(t: Term): Term[] {
  switch (t.kind) {
    case 'Ref':
      return [t.head, ...t.path];
    case 'Array':
    case 'Set':
      return t.items;
    case 'Object':
      return t.entries.flatMap((e) => [e.key, e.value]);
    case 'Call':
      return t.args;
    default:
      return [];
  }
}

/** True for comprehension terms (closures with their own body). */
export function isClosure(t: Term): boolean {
  return t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension' || t.kind === 'ObjectComprehension';
}

/** Vars occurring in a term; closures are skipped unless `intoClosures`. Call operators are never vars. */
export function termVars(t: Term, out: Set<string> = new Set(), intoClosures = false): Set<string> {
  if (t.kind === 'Var') out.add(t.name);
  else if (isClosure(t)) {
    if (intoClosures) closureVars(t, out);
  } else for (const c of childTerms(t)) termVars(c, out, intoClosures);
  return out;
}

function closureVars(t: Term, out: Set<string>): void {
  if (t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension') termVars(t.term, out, true);
  if (t.kind === 'ObjectComprehension') {
    termVars(t.key, out, true);
    termVars(t.value, out, true);
  }
  if (t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension' || t.kind === 'ObjectComprehension') {
    for (const e of t.body) exprVars(e, out, true);
  }
}

/** Vars of an expression (including `with` values); closures skipped unless `intoClosures`. */
export function exprVars(e: Expr, out: Set<string> = new Set(), intoClosures = false): Set<string> {
  for (const t of exprTerms(e)) termVars(t, out, intoClosures);
  if (e.terms.kind === 'Every' || e.terms.kind === 'Block') {
    if (intoClosures || e.terms.kind === 'Block') for (const x of e.terms.body) exprVars(x, out, intoClosures);
    if (e.terms.kind === 'Every') {
      if (e.terms.key) out.add(e.terms.key.name);
      out.add(e.terms.value.name);
    }
  }
  for (const w of e.with) termVars(w.value, out, intoClosures);
  return out;
}

/** The top-level terms of an expression (operands of unify/assign, call args, the naked term, a domain). */
export function exprTerms(e: Expr): Term[] {
  const x = e.terms;
  switch (x.kind) {
    case 'Unify':
    case 'Assign':
      return [x.left, x.right];
    case 'SomeDecl':
      return x.vars;
    case 'SomeIn':
      return x.key ? [x.key, x.value, x.domain] : [x.value, x.domain];
    case 'Every':
      return [x.domain];
    case 'Block':
    case 'Logical':
      return [];
    default:
      return [x];
  }
}

/** True if the term contains no vars (closures count as non-ground). */
export function isGround(t: Term): boolean {
  if (t.kind === 'Var' || isClosure(t) || t.kind === 'Call' || t.kind === 'TemplateString') return false;
  return childTerms(t).every(isGround);
}

/** True for scalar literals. */
export function isScalar(t: Term): boolean {
  return t.kind === 'Null' || t.kind === 'Boolean' || t.kind === 'Number' || t.kind === 'String';
}

/**
 * Rebuilds a term bottom-up: `f` sees each node after its children were rebuilt and returns a replacement
 * (or the node itself). Closure bodies are rebuilt with `bodyFn` when given, else left alone.
 */
export function mapTerm(t: Term, f: (t: Term) => Term, bodyFn?: (b: Body) => Body): Term {
  switch (t.kind) {
    case 'Ref':
      return f({ ...t, head: mapTerm(t.head, f, bodyFn), path: t.path.map((p) => mapTerm(p, f, bodyFn)) });
    case 'Array':
      return f({ ...t, items: t.items.map((x) => mapTerm(x, f, bodyFn)) });
    case 'Set':
      return f({ ...t, items: t.items.map((x) => mapTerm(x, f, bodyFn)) });
    case 'Object':
      return f({ ...t, entries: t.entries.map((e) => ({ key: mapTerm(e.key, f, bodyFn), value: mapTerm(e.value, f, bodyFn) })) });
    case 'Call':
      return f({ ...t, args: t.args.map((x) => mapTerm(x, f, bodyFn)) });
    case 'ArrayComprehension':
    case 'SetComprehension':
      return f(bodyFn ? { ...t, term: mapTerm(t.term, f, bodyFn), body: bodyFn(t.body) } : t);
    case 'ObjectComprehension':
      return f(bodyFn ? { ...t, key: mapTerm(t.key, f, bodyFn), value: mapTerm(t.value, f, bodyFn), body: bodyFn(t.body) } : t);
    default:
      return f(t);
  }
}

/** Visits every term of a body, nested closure bodies included, in source order. */
export function forEachTermInBody(body: Body, f: (t: Term) => void): void {
  for (const e of body) forEachTermInExpr(e, f);
}

/** Visits a term and every term inside it, closure bodies included. */
export function forEachTermDeep(t: Term, f: (t: Term) => void): void {
  f(t);
  for (const c of childTerms(t)) forEachTermDeep(c, f);
  if (t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension') {
    forEachTermDeep(t.term, f);
    forEachTermInBody(t.body, f);
  } else if (t.kind === 'ObjectComprehension') {
    forEachTermDeep(t.key, f);
    forEachTermDeep(t.value, f);
    forEachTermInBody(t.body, f);
  }
}

/** Visits every term of an expression, nested closure bodies included. */
export function forEachTermInExpr(e: Expr, f: (t: Term) => void): void {
  for (const t of exprTerms(e)) forEachTermDeep(t, f);
  if (e.terms.kind === 'Every' || e.terms.kind === 'Block') forEachTermInBody(e.terms.body, f);
  if (e.terms.kind === 'Logical') for (const op of e.terms.operands) forEachTermInExpr(op, f);
  for (const w of e.with) {
    forEachTermDeep(w.target, f);
    forEachTermDeep(w.value, f);
  }
}

/** A short Rego-like rendering of a term for messages. */
export function termText(t: Term): string {
  switch (t.kind) {
    case 'Null':
      return 'null';
    case 'Boolean':
      return String(t.value);
    case 'Number':
      return t.raw;
    case 'String':
      return JSON.stringify(t.value);
    case 'Var':
      return t.name;
    case 'Ref':
      return termText(t.head) + t.path.map((p) => (p.kind === 'String' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.value) ? `.${p.value}` : `[${termText(p)}]`)).join('');
    case 'Array':
      return `[${t.items.map(termText).join(', ')}]`;
    case 'Set':
      return t.items.length === 0 ? 'set()' : `{${t.items.map(termText).join(', ')}}`;
    case 'Object':
      return `{${t.entries.map((e) => `${termText(e.key)}: ${termText(e.value)}`).join(', ')}}`;
    case 'Call':
      return `${termText(t.operator)}(${t.args.map(termText).join(', ')})`;
    case 'ArrayComprehension':
      return `[${termText(t.term)} | …]`;
    case 'SetComprehension':
      return `{${termText(t.term)} | …}`;
    case 'ObjectComprehension':
      return `{${termText(t.key)}: ${termText(t.value)} | …}`;
    case 'TemplateString':
      return '$"…"';
  }
}

/**
 * Rebuilds an expression's terms with `mapTerm` (including `with` targets and values); nested bodies
 * (every, block negation, closures) go through `bodyFn` when given.
 */
export function mapExprTerms(e: Expr, f: (t: Term) => Term, bodyFn?: (b: Body) => Body): Expr {
  const m = (t: Term): Term => mapTerm(t, f, bodyFn);
  const x = e.terms;
  let terms: Expr['terms'];
  switch (x.kind) {
    case 'Unify':
    case 'Assign':
      terms = { ...x, left: m(x.left), right: m(x.right) };
      break;
    case 'SomeDecl':
      terms = x;
      break;
    case 'SomeIn':
      terms = { ...x, key: x.key && m(x.key), value: m(x.value), domain: m(x.domain) };
      break;
    case 'Every':
      terms = { ...x, domain: m(x.domain), body: bodyFn ? bodyFn(x.body) : x.body };
      break;
    case 'Block':
      terms = { ...x, body: bodyFn ? bodyFn(x.body) : x.body };
      break;
    case 'Logical':
      terms = { ...x, operands: x.operands.map((op) => mapExprTerms(op, f, bodyFn)) };
      break;
    default:
      terms = m(x);
  }
  return { ...e, terms, with: e.with.map((w) => ({ ...w, target: m(w.target), value: m(w.value) })) };
}
