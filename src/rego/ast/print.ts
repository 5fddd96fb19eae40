// Stable text dumps of the AST: Rego-like text for terms and expressions, and an indented outline of a
// module with positions (`@line:col`) for golden tests and `--dump-after Parse`.

import type { Annotations, Body, Expr, ExprTerms, Module, RefTerm, Rule, Term, With } from './nodes';
import { assertNever } from './nodes';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Rego-like text of a term; wildcards print with their generated names (`$0`). */
export function printTerm(term: Term): string {
  switch (term.kind) {
    case 'Null': return 'null';
    case 'Boolean': return String(term.value);
    case 'Number': return term.raw;
    case 'String': return JSON.stringify(term.value);
    case 'Var': return term.name;
    case 'Ref': return printRef(term);
    case 'Array': return `[${term.items.map(printTerm).join(', ')}]`;
    case 'Set': return term.items.length === 0 ? 'set()' : `{${term.items.map(printTerm).join(', ')}}`;
    case 'Object': return `{${term.entries.map((e) => `${printTerm(e.key)}: ${printTerm(e.value)}`).join(', ')}}`;
    case 'ArrayComprehension': return `[${printTerm(term.term)} | ${printBody(term.body)}]`;
    case 'SetComprehension': return `{${printTerm(term.term)} | ${printBody(term.body)}}`;
    case 'ObjectComprehension': return `{${printTerm(term.key)}: ${printTerm(term.value)} | ${printBody(term.body)}}`;
    case 'Call': return `${printRef(term.operator)}(${term.args.map(printTerm).join(', ')})`;
    case 'TemplateString': return printTemplate(term.raw, term.parts);
    default: return assertNever(term);
  }
}

function printRef(ref: RefTerm): string {
  const head = ref.head.kind === 'Var' ? ref.head.name : `(${printTerm(ref.head)})`;
  return head + ref.path.map((p) => (p.kind === 'String' && IDENT.test(p.value) ? `.${p.value}` : `[${printTerm(p)}]`)).join('');
}

function printTemplate(raw: boolean, parts: ReadonlyArray<Term | Expr>): string {
  const text = parts
    .map((p) => (p.kind === 'String' ? JSON.stringify(p.value).slice(1, -1).replace(/\{/g, '\\{') : `{${p.kind === 'Expr' ? printExpr(p) : printTerm(p)}}`))
    .join('');
  return raw ? `$\`${text}\`` : `$"${text}"`;
}

/** Literals joined by `; `. */
export function printBody(body: Body): string {
  return body.map(printExpr).join('; ');
}

/** Rego-like text of one literal, with `not` and `with` modifiers. */
export function printExpr(expr: Expr): string {
  const withs = expr.with.map(printWith).join('');
  return `${expr.negated ? 'not ' : ''}${printExprTerms(expr.terms)}${withs}`;
}

function printWith(w: With): string {
  return ` with ${printTerm(w.target)} as ${printTerm(w.value)}`;
}

function printExprTerms(t: ExprTerms): string {
  switch (t.kind) {
    case 'Unify': return `${printTerm(t.left)} = ${printTerm(t.right)}`;
    case 'Assign': return `${printTerm(t.left)} := ${printTerm(t.right)}`;
    case 'SomeDecl': return `some ${t.vars.map(printTerm).join(', ')}`;
    case 'SomeIn': return `some ${t.key ? `${printTerm(t.key)}, ` : ''}${printTerm(t.value)} in ${printTerm(t.domain)}`;
    case 'Every': return `every ${t.key ? `${printTerm(t.key)}, ` : ''}${printTerm(t.value)} in ${printTerm(t.domain)} { ${printBody(t.body)} }`;
    case 'Block': return `{ ${printBody(t.body)} }`;
    case 'Logical': return `(${t.operands.map((o) => (o.with.length > 0 ? `(${printExpr(o)})` : printExpr(o))).join(` ${t.op} `)})`;
    default: return printTerm(t);
  }
}

const at = (n: { loc: { line: number; col: number } }) => `@${n.loc.line}:${n.loc.col}`;

/** Indented outline of a module: package, imports, annotations, rules (head, body literals, else chain), comments. */
export function printModule(mod: Module): string {
  const lines: string[] = [`package ${printTerm(mod.package.path)} ${at(mod.package)}`];
  for (const a of mod.package.annotations ?? []) lines.push(`  annotation ${printAnnotation(a)}`);
  for (const imp of mod.imports) lines.push(`import ${printTerm(imp.path)}${imp.alias ? ` as ${imp.alias}` : ''} ${at(imp)}`);
  for (const rule of mod.rules) printRule(rule, '', lines);
  for (const a of mod.annotations) lines.push(`metadata ${at(a)} ${printAnnotation(a)}`);
  for (const c of mod.comments) lines.push(`comment ${at(c)} ${JSON.stringify(c.text)}`);
  return lines.join('\n') + '\n';
}

function printRule(rule: Rule, indent: string, lines: string[], label = 'rule'): void {
  const h = rule.head;
  const args = h.args ? `(${h.args.map(printTerm).join(', ')})` : '';
  const key = h.key ? ` key=${printTerm(h.key)}` : '';
  const value = h.value ? ` ${h.assign ? ':=' : '='} ${printTerm(h.value)}` : '';
  const kind = label === 'rule' ? ` ${rule.ruleKind}${rule.default ? ' default' : ''}` : '';
  lines.push(`${indent}${label}${kind} ${printTerm(h.ref)}${args}${key}${value} ${at(rule)}`);
  for (const a of rule.annotations ?? []) lines.push(`${indent}  annotation ${printAnnotation(a)}`);
  lines.push(`${indent}  body${rule.bodyImplicit ? ' (implicit)' : ''}:`);
  for (const expr of rule.body) lines.push(`${indent}    ${at(expr)} ${printExpr(expr)}`);
  if (rule.else) printRule(rule.else, indent + '  ', lines, 'else');
}

function printAnnotation(a: Annotations): string {
  const { kind: _kind, span: _span, loc: _loc, ...fields } = a;
  return JSON.stringify(sortKeys(fields));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (obj.kind === 'Ref' && 'head' in obj) return printTerm(obj as unknown as Term);
    return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, sortKeys(obj[k])]));
  }
  return value;
}
