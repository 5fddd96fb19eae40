// Rule statements: heads (`p`, `a.b[x]`, `f(x)`, `contains`, `=`/`:=` values), bodies after `if` (a braced
// body or a single literal), `default` rules, `else` chains, and OPA's Rego v1 checks on rule declarations.

import type { Body, RefTerm, Rule, RuleHead, RuleKind, Term } from '../ast/nodes';
import { booleanTerm, refTerm, trueBody } from '../ast/build';
import { isGround, isRefGround } from '../ast/visit';
import { printTerm } from '../ast/print';
import { isKeyword, type Token } from '../lexer';
import type { Cursor, Pos } from './cursor';
import { parseInfix } from './expressions';
import { parseBody, parseLiteral } from './literals';
import { parsePostfix, parseVar, valueName } from './terms';
import { checkDefaultRule } from './default-rules';
import { renameWildcards } from './wildcards';

/** What the head parser found before the body. */
interface HeadParts {
  ref: RefTerm;
  args?: Term[];
  key?: Term;
  value?: Term;
  generatedValue: boolean;
  assign: boolean;
  usesContains: boolean;
  pos: Pos;
}

/** Parses a rule statement; extra `{ … }` bodies after the first (`p if {a} {b}`) yield further rules. */
export function parseRules(c: Cursor): Rule[] {
  const start = c.peek();
  const isDefault = c.atKeyword('default');
  if (isDefault) c.next();
  const head = parseHead(c, isDefault);
  if (isDefault) return [buildDefaultRule(c, start, head)];

  const hasIf = c.atKeyword('if');
  const v0PartialSet = classifyShortRef(head, hasIf && c.regoVersion === 'v1');
  const { body, bodyImplicit } = parseRuleBody(c, start, head, hasIf);
  const rule = buildRule(c, start, head, body, bodyImplicit, v0PartialSet);
  checkRegoV1(c, rule, head, hasIf, v0PartialSet);

  if (c.atKeyword('else')) {
    if (!isRefGround(head.ref)) c.failAt(c.peek(), 'else keyword cannot be used on rules with variables in head');
    if (rule.head.key) c.failAt(c.peek(), 'else keyword cannot be used on multi-value rules');
    rule.else = parseElse(c, rule);
    Object.assign(rule, c.posFrom(start));
  }
  return [rule, ...parseExtraBodies(c, rule)];
}

function parseHead(c: Cursor, isDefault: boolean): HeadParts {
  const tok = c.peek();
  if (tok.kind !== 'ident' && !(isKeyword(tok.kind) && c.keywordStartsRef())) c.unexpected();
  c.next();
  const term = parsePostfix(c, parseVar(c, tok));
  const after = c.peek();
  if (!after.spaceBefore && HEAD_FORBIDDEN_FOLLOWERS.has(after.kind)) c.unexpected();
  const parts = headParts(c, term);
  const name = () => printTerm(parts.ref);
  if (c.atKeyword('contains')) {
    if (parts.args) c.unexpected(`the contains keyword can only be used with multi-value rule definitions (e.g., ${name()} contains <VALUE> { ... })`);
    c.next();
    parts.key = parseInfix(c, true);
    parts.usesContains = true;
  } else if (c.at('=') || c.at(':=')) {
    parts.assign = c.next().kind === ':=';
    if (isDefault && c.at('eof')) c.unexpected(`expected default rule value term (e.g., default ${name()} := <VALUE>)`);
    parts.value = parseInfix(c, true);
  }
  if (!parts.value && !parts.key && (parts.ref.path.length !== 1 || parts.args)) {
    parts.value = booleanTerm(true, parts.pos);
    parts.generatedValue = true;
  }
  parts.pos = c.posFrom(tok);
  return parts;
}

const HEAD_FORBIDDEN_FOLLOWERS = new Set(['+', '-', '*', '/', '%', '&', '|', '==', '!=', '>', '>=', '<', '<=']);

function headParts(c: Cursor, term: Term): HeadParts {
  const base = { generatedValue: false, assign: false, usesContains: false, pos: { span: term.span, loc: term.loc } };
  if (term.kind === 'Var') return { ...base, ref: refTerm(term, [], term) };
  if (term.kind === 'Ref' && term.head.kind === 'Var') return { ...base, ref: term };
  if (term.kind === 'Call') return { ...base, ref: term.operator, args: term.args };
  return c.failAtPos(term, `unexpected ${valueName(term)} token: rule head ref ${printTerm(term)} invalid`);
}

/**
 * `p[x]` forms (a ref with one path element, no args): with `if` the element is the key of a single-value
 * rule (value `true` unless given); without `if` and without a value it is a v0 partial set (`p[x] { … }`).
 */
function classifyShortRef(head: HeadParts, hasIf: boolean): boolean {
  if (head.usesContains || head.args || head.ref.path.length !== 1) return false;
  if (hasIf && !head.value) {
    head.value = booleanTerm(true, head.pos);
    head.generatedValue = true;
  }
  if (!hasIf && !head.value) {
    head.key = head.ref.path[0];
    head.ref = refTerm(head.ref.head, [], head.ref);
    return true;
  }
  return false;
}

function parseRuleBody(c: Cursor, start: Token, head: HeadParts, hasIf: boolean): { body: Body; bodyImplicit: boolean } {
  if (hasIf) {
    c.next();
    // `p if x` takes one literal; `p if { … }` a braced body. A literal that parses as a set (`{ true }`)
    // is read as a body instead, since a set literal is never false.
    const beforeBody = c.mark();
    const literal = c.attempt(() => parseLiteral(c));
    if (literal && !(literal.terms.kind === 'Set' && !literal.negated)) return { body: [literal], bodyImplicit: false };
    c.reset(beforeBody);
    if (!c.at('{')) return { body: [parseLiteral(c)], bodyImplicit: false };
    return { body: parseBracedBody(c), bodyImplicit: false };
  }
  if (c.at('{')) return { body: parseBracedBody(c), bodyImplicit: false };
  if (head.ref.path.length === 0 && !head.args && !head.usesContains && head.generatedValue) {
    c.failAtPos(head.ref.head, `${valueName(head.ref.head)} cannot be used for rule name`);
  }
  return { body: trueBody(c.posFrom(start)), bodyImplicit: true };
}

function parseBracedBody(c: Cursor): Body {
  c.expect('{');
  const body = parseBody(c, '}');
  c.expect('}', 'expected }');
  return body;
}

/**
 * A head with arguments is a function. `f()` has none: OPA treats it as a plain rule (bare `f` is its value, it
 * belongs to the package's document, and a call `f()` is an undefined function), so it is built as one.
 */
function isFunctionHead(head: HeadParts): boolean {
  return head.args !== undefined && head.args.length > 0;
}

function ruleKindOf(head: HeadParts, v0PartialSet: boolean): RuleKind {
  if (isFunctionHead(head)) return 'function';
  if (head.usesContains || v0PartialSet) return 'partial-set';
  return isRefGround(head.ref) ? 'complete' : 'partial-object';
}

function buildRule(c: Cursor, start: Token, head: HeadParts, body: Body, bodyImplicit: boolean, v0PartialSet: boolean): Rule {
  const ruleKind = ruleKindOf(head, v0PartialSet);
  let key = head.key;
  if (ruleKind === 'partial-object') {
    const last = head.ref.path[head.ref.path.length - 1];
    key = isGround(last) ? undefined : last;
  }
  const ruleHead: RuleHead = {
    kind: 'RuleHead',
    ref: head.ref,
    name: head.ref.head.kind === 'Var' ? head.ref.head.name : '',
    ...(isFunctionHead(head) ? { args: head.args } : {}),
    ...(key ? { key } : {}),
    ...(head.value ? { value: head.value } : {}),
    assign: head.assign,
    ...head.pos,
  };
  return { kind: 'Rule', ruleKind, default: false, head: ruleHead, body, bodyImplicit, ...c.posFrom(start) };
}

function buildDefaultRule(c: Cursor, start: Token, head: HeadParts): Rule {
  const pos = c.posFrom(start);
  checkDefaultRule(c, pos, head.generatedValue ? undefined : head.value, head.args);
  const rule = buildRule(c, start, head, trueBody(pos), true, false);
  rule.default = true;
  return rule;
}

/** OPA's Rego v1 declaration checks; they are reported without stopping the parse. */
function checkRegoV1(c: Cursor, rule: Rule, head: HeadParts, hasIf: boolean, v0PartialSet: boolean): void {
  if (c.regoVersion === 'v0') return;
  const what = head.args ? 'function' : 'rule';
  if (rule.bodyImplicit && head.generatedValue && !head.args) c.report(rule, `${what} must have value assignment and/or body declaration`);
  if (!rule.bodyImplicit && !hasIf) c.report(rule, `\`if\` keyword is required before ${what} body`);
  if (v0PartialSet) c.report(rule, '`contains` keyword is required for partial set rules');
}

/** `else [= v | := v] [if] [{ body } | literal]`, recursively. */
function parseElse(c: Cursor, parent: Rule): Rule {
  const start = c.next();
  let value: Term;
  let assign = false;
  let generated = false;
  if (c.at('{') || c.atKeyword('if')) {
    value = booleanTerm(true, c.posOf(start));
    generated = true;
  } else if (c.at(':=') || c.at('=')) {
    assign = c.next().kind === ':=';
    value = parseInfix(c, true);
  } else {
    return c.unexpected('expected else value term or rule body');
  }
  const hasIf = c.atKeyword('if');
  let body: Body;
  let bodyImplicit = false;
  if (!hasIf && !c.at('{')) {
    body = trueBody(c.posFrom(start));
    bodyImplicit = true;
  } else {
    if (hasIf) c.next();
    if (c.at('{')) body = parseBracedBody(c);
    else if (!c.at('eof')) body = [parseLiteral(c)];
    else return c.unexpected('rule body expected');
  }
  const head: RuleHead = {
    ...parent.head,
    ...(parent.head.args ? { args: renameWildcards(c, parent.head.args) } : {}),
    value,
    assign,
    ...c.posOf(start),
  };
  const rule: Rule = { kind: 'Rule', ruleKind: parent.ruleKind, default: false, head, body, bodyImplicit, ...c.posFrom(start) };
  if (!bodyImplicit && !hasIf && c.regoVersion === 'v1') c.report(rule, `\`if\` keyword is required before ${parent.head.args ? 'function' : 'rule'} body`);
  if (generated && bodyImplicit) c.report(rule, 'rule must have value assignment and/or body declaration');
  if (c.atKeyword('else')) rule.else = parseElse(c, parent);
  return rule;
}

/** OPA (v0 heritage) reads `p if { a } { b }` as two rules with the same head. */
function parseExtraBodies(c: Cursor, first: Rule): Rule[] {
  const rules: Rule[] = [];
  while (c.at('{')) {
    if (first.else) c.failAt(c.peek(), 'expected else keyword');
    const open = c.peek();
    const body = parseBracedBody(c);
    const head: RuleHead = { ...first.head, ...(first.head.args ? { args: renameWildcards(c, first.head.args) } : {}) };
    rules.push({ ...first, head, body, bodyImplicit: false, annotations: undefined, ...c.posFrom(open) });
  }
  return rules;
}
