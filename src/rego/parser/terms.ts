// Term-level grammar: scalars, variables, refs and calls (postfix `.x`, `[e]`, `(args)`), arrays, sets,
// objects and comprehensions. Operators between terms live in expressions.ts.

import { isKeyword, type Token } from '../lexer';
import type { Term, VarTerm, ObjectEntry, RefTerm, TemplateStringTerm, StringTerm, Expr } from '../ast/nodes';
import { ROOT_DOCUMENTS } from '../ast/nodes';
import { booleanTerm, numberTerm, refTerm, stringTerm, varTerm } from '../ast/build';
import type { Cursor } from './cursor';
import { continueInList, parseInfix } from './expressions';
import { parseBody, parseLiteral } from './literals';
import { checkNumber } from './numbers';

/** Nesting limit for terms, so hostile input fails with a diagnostic instead of overflowing the JS stack. */
export const MAX_TERM_DEPTH = 200;

/** Parses one term with its postfix refs and calls (no infix operators). */
export function parseTerm(c: Cursor): Term {
  const tok = c.peek();
  if (isKeyword(tok.kind) && c.keywordStartsRef()) {
    // A keyword written as a ref head (`true.foo`, `in.x`): OPA reads it as a variable there.
    c.next();
    return parsePostfix(c, varTerm(tok.text, c.posOf(tok)));
  }
  if (++c.depth > MAX_TERM_DEPTH) c.failAt(tok, 'max parsing recursion depth exceeded');
  try {
    return parsePostfix(c, parsePrimary(c));
  } finally {
    c.depth--;
  }
}

function parsePrimary(c: Cursor): Term {
  const tok = c.peek();
  switch (tok.kind) {
    case 'null':
      c.next();
      return { kind: 'Null', ...c.posOf(tok) };
    case 'true':
    case 'false':
      c.next();
      return booleanTerm(tok.kind === 'true', c.posOf(tok));
    case '-':
    case '.':
    case 'number':
      return parseNumber(c);
    case 'string':
      c.next();
      return stringTerm(tok.value ?? '', c.posOf(tok));
    case 'template':
      return parseTemplateString(c);
    case 'ident':
    case 'contains':
      // `contains` is only special in rule heads; elsewhere it names the builtin.
      c.next();
      return parseVar(c, tok);
    case '[':
      return parseArray(c);
    case '{':
      return parseSetOrObject(c);
    case '(':
      return parseParenthesized(c);
    default:
      return c.unexpected();
  }
}

/** A variable from an identifier token; each `_` gets a fresh generated name. */
export function parseVar(c: Cursor, tok: Token): VarTerm {
  if (tok.text === '_') return { kind: 'Var', name: `$${c.wildcard++}`, wildcard: true, ...c.posOf(tok) };
  return varTerm(tok.text, c.posOf(tok));
}

function parseParenthesized(c: Cursor): Term {
  const open = c.next();
  const inner = parseInfix(c, true);
  if (!c.at(')')) c.failAt(c.peek(), 'non-terminated expression');
  c.next();
  // The parentheses become part of the term's span, as OPA's location text does.
  return { ...inner, ...c.posFrom(open) };
}

/** `-`? `.`? number; the sign and a leading dot are folded into the literal (`-.5` is `-0.5`). */
function parseNumber(c: Cursor): Term {
  const start = c.peek();
  let prefix = '';
  if (c.at('-')) {
    c.next();
    prefix = '-';
    if (!c.at('number') && !c.at('.')) c.unexpected('expected number');
  }
  if (c.at('.')) {
    c.next();
    prefix += '0.';
    if (!c.at('number') || c.peek().spaceBefore) c.unexpected('expected number');
  }
  const tok = c.next();
  const problem = checkNumber(tok.text, prefix.endsWith('.'));
  if (problem === 'leading-zero') c.unexpected('expected number without leading zero', tok);
  if (problem === 'too-big') c.failAt(tok, 'number too big');
  return numberTerm(prefix + tok.text, c.posFrom(start));
}

/**
 * Postfix chain after a term written without whitespace: `.name` (keywords allowed), `[expr]` and `(args)`.
 * Bare `data` and `input` become refs, as OPA does.
 */
export function parsePostfix(c: Cursor, head: Term): Term {
  let term = head;
  for (;;) {
    const tok = c.peek();
    if (tok.spaceBefore || (tok.kind !== '.' && tok.kind !== '[' && tok.kind !== '(')) break;
    if (tok.kind === '(') term = parseCall(c, term);
    else term = extendRef(c, term);
  }
  if (term.kind === 'Var' && ROOT_DOCUMENTS.includes(term.name)) return refTerm(term, [], term);
  return term;
}

const REF_HEAD_KINDS = new Set(['Var', 'Ref', 'Array', 'Object', 'Set', 'ArrayComprehension', 'SetComprehension', 'ObjectComprehension', 'Call']);

/** Adds one `.name` or `[expr]` element, turning the term into a ref if it is not one yet. */
function extendRef(c: Cursor, term: Term): RefTerm {
  if (!REF_HEAD_KINDS.has(term.kind)) c.failAtPos(term, `illegal ref (head cannot be ${valueName(term)})`);
  const ref: RefTerm = term.kind === 'Ref' ? term : refTerm(term, [], term);
  const tok = c.next();
  if (tok.kind === '.') {
    const name = c.peek();
    if (name.spaceBefore) c.failAt(name, 'unexpected whitespace token: expected ident');
    if (name.kind !== 'ident' && !isKeyword(name.kind)) c.unexpected('expected ident');
    c.next();
    return { ...ref, path: [...ref.path, stringTerm(name.text, c.posOf(name))], ...c.posBetween(ref, c.posOf(name)) };
  }
  const key = parseInfix(c, true);
  c.expect(']', 'expected ]');
  return { ...ref, path: [...ref.path, key], ...c.posBetween(ref, c.posOf(c.previous())) };
}

/** `f(args)`: the operator must be a ref to a name (`count`, `data.x.f`, `strings.replace_n`); `set()` is the empty set. */
function parseCall(c: Cursor, term: Term): Term {
  if (term.kind !== 'Var' && !(term.kind === 'Ref' && term.head.kind === 'Var')) c.failAtPos(term, `illegal call (operator cannot be ${valueName(term)})`);
  const operator: RefTerm = term.kind === 'Ref' ? term : refTerm(term, [], term);
  c.next();
  const args = parseTermList(c, ')');
  const pos = c.posBetween(term, c.posOf(c.previous()));
  if (args.length === 0 && operator.head.kind === 'Var' && operator.head.name === 'set' && operator.path.length === 0) {
    return { kind: 'Set', items: [], ...pos };
  }
  return { kind: 'Call', operator, args, ...pos };
}

/** Comma-separated terms up to `end` (consumed); a trailing comma is allowed. */
export function parseTermList(c: Cursor, end: ')' | ']' | '}', first: Term[] = []): Term[] {
  const items = first;
  while (!c.at(end)) {
    items.push(parseInfix(c, false));
    if (c.at(',')) {
      c.next();
      continue;
    }
    if (!c.at(end)) c.unexpected(`expected "," or "${end}"`);
  }
  c.next();
  return items;
}

/** `[…]`: an array or, when the first term is followed by `|`, an array comprehension. */
function parseArray(c: Cursor): Term {
  const open = c.next();
  if (c.at(']')) {
    c.next();
    return { kind: 'Array', items: [], ...c.posFrom(open) };
  }
  // OPA skips one leading comma (`[, x]`) for backwards compatibility; such a list is never a comprehension.
  const leadingComma = c.at(',');
  if (leadingComma) c.next();
  // The head is read as a single term first so that `[x | body]` wins over the `|` (set union) operator.
  let head = parseTerm(c);
  if (c.at('|') && !leadingComma) {
    const comprehension = (): Term => {
      c.next();
      const body = parseBody(c, ']');
      c.expect(']', 'expected ]');
      return { kind: 'ArrayComprehension', term: head, body, ...c.posFrom(open) };
    };
    const elements = (): Term => arrayRest(c, open, continueInList(c, head));
    return retryAsCollection(c, comprehension, elements);
  }
  if (!c.at(',') && !c.at(']')) head = continueInList(c, head);
  return arrayRest(c, open, head);
}

function arrayRest(c: Cursor, open: Token, head: Term): Term {
  if (c.at(',')) c.next();
  else if (!c.at(']')) c.unexpected('expected "," or "]"');
  const items = parseTermList(c, ']', [head]);
  return { kind: 'Array', items, ...c.posFrom(open) };
}

/**
 * `[x | …]` and `{x | …}` are comprehensions unless that parse fails; OPA then reads them again as a collection
 * whose first element uses the `|` operator (`[x | y, 5]` is an array). When both fail, the comprehension's
 * error is the one reported.
 */
function retryAsCollection(c: Cursor, comprehension: () => Term, collection: () => Term): Term {
  const start = c.mark();
  const asComprehension = c.attempt(comprehension);
  if (asComprehension) return asComprehension;
  const asCollection = c.attempt(collection);
  if (asCollection) return asCollection;
  c.reset(start);
  return comprehension();
}

/** `{…}`: empty object, set, object, or set/object comprehension, decided by what follows the first term. */
function parseSetOrObject(c: Cursor): Term {
  const open = c.next();
  if (c.at('}')) {
    c.next();
    return { kind: 'Object', entries: [], ...c.posFrom(open) };
  }
  const leadingComma = c.at(',');
  if (leadingComma) c.next();
  let head = parseTerm(c);
  if (c.at('|') && !leadingComma) {
    const comprehension = (): Term => {
      c.next();
      const body = parseBody(c, '}');
      c.expect('}', 'expected }');
      return { kind: 'SetComprehension', term: head, body, ...c.posFrom(open) };
    };
    return retryAsCollection(c, comprehension, () => setOrObjectRest(c, open, continueInList(c, head), true));
  }
  if (!c.at(',') && !c.at('}') && !c.at(':')) head = continueInList(c, head);
  return setOrObjectRest(c, open, head, !leadingComma);
}

function setOrObjectRest(c: Cursor, open: Token, head: Term, mayBeComprehension: boolean): Term {
  if (c.at(':')) return parseObject(c, open, head, mayBeComprehension);
  if (c.at(',')) c.next();
  else if (!c.at('}')) c.unexpected('non-terminated set');
  const items = parseTermList(c, '}', [head]);
  return { kind: 'Set', items, ...c.posFrom(open) };
}

function parseObject(c: Cursor, open: Token, key: Term, mayBeComprehension: boolean): Term {
  c.next();
  let value = parseTerm(c);
  if (c.at('|') && mayBeComprehension) {
    c.next();
    const body = parseBody(c, '}');
    c.expect('}', 'expected }');
    return { kind: 'ObjectComprehension', key, value, body, ...c.posFrom(open) };
  }
  if (!c.at(',') && !c.at('}')) value = continueInList(c, value);
  const entries: ObjectEntry[] = [{ key, value }];
  if (c.at(',')) c.next();
  else if (!c.at('}')) c.unexpected('non-terminated object');
  while (!c.at('}')) {
    const k = parseInfix(c, false);
    c.expect(':', 'expected ":"');
    const v = parseInfix(c, false);
    entries.push({ key: k, value: v });
    if (c.at(',')) c.next();
    else if (!c.at('}')) c.unexpected('expected "," or "}"');
  }
  c.next();
  return { kind: 'Object', entries, ...c.posFrom(open) };
}

/** `$"text {expr} text"`: literal parts alternate with embedded literals (one expression each). */
function parseTemplateString(c: Cursor): TemplateStringTerm {
  const first = c.peek();
  const parts: Array<StringTerm | Expr> = [];
  for (;;) {
    const part = c.next();
    if (part.kind !== 'template') c.unexpected('expected template-string part', part);
    if (part.value) parts.push(stringTerm(part.value, c.posOf(part)));
    if (part.last) break;
    const expr = parseLiteral(c);
    if (expr.negated) c.failAtPos(expr, "unexpected negation ('not') in template-string expression");
    const forbidden = TEMPLATE_FORBIDDEN[expr.terms.kind];
    if (forbidden) c.failAtPos(expr, `unexpected ${forbidden} in template-string expression`);
    parts.push(expr);
    if (!c.at('template')) c.failAt(c.peek(), 'expected } to end template string expression');
  }
  return { kind: 'TemplateString', raw: first.raw === true, parts, ...c.posFrom(first) };
}

const TEMPLATE_FORBIDDEN: Readonly<Record<string, string>> = {
  Unify: "unification ('=')",
  Assign: "assignment (':=')",
  Every: "'every'",
  SomeDecl: "'some'",
  SomeIn: "'some'",
};

/** OPA's ValueName: the word used for a term's kind in messages. */
export function valueName(term: Term): string {
  return VALUE_NAMES[term.kind];
}

const VALUE_NAMES: Readonly<Record<Term['kind'], string>> = {
  Null: 'null',
  Boolean: 'boolean',
  Number: 'number',
  String: 'string',
  Var: 'var',
  Ref: 'ref',
  Array: 'array',
  Object: 'object',
  Set: 'set',
  ArrayComprehension: 'arraycomprehension',
  SetComprehension: 'setcomprehension',
  ObjectComprehension: 'objectcomprehension',
  Call: 'call',
  TemplateString: 'templatestring',
};
