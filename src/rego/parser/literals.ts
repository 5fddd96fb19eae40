// Body literals: `not`, `some`, `every`, `=`/`:=`, `with` modifiers, bodies separated by newlines or `;`,
// and the experimental `and`/`or` operators with `{…}`/`(…)` operands (enabled by future.keywords imports).

import type { Body, Expr, ExprTerms, Term, VarTerm, With } from '../ast/nodes';
import { MEMBER_2, MEMBER_3 } from '../ast/nodes';
import { exprOf, refTerm } from '../ast/build';
import { isKeyword, type Token, type TokenKind } from '../lexer';
import type { Cursor } from './cursor';
import { parseInfix } from './expressions';
import { parseTerm, parseVar } from './terms';

/** Literals up to (not including) `end`: separated by `;` or line breaks; an empty body is an error. */
export function parseBody(c: Cursor, end: TokenKind): Body {
  if (c.at(end)) c.failAt(c.peek(), 'found empty body');
  const body: Body = [];
  for (;;) {
    body.push(parseLiteral(c));
    if (c.at(';')) {
      c.next();
      continue;
    }
    if (c.at(end)) return body;
    if (!c.peek().newlineBefore) c.unexpected(`expected \\n or ; or ${end}`);
  }
}

/** One literal; in logical mode, a chain of `and`/`or` over literals, with `with` applying to the whole. */
export function parseLiteral(c: Cursor): Expr {
  if (!c.logicalMode()) return parsePlainLiteral(c);
  const start = c.peek();
  const expr = parseOrChain(c);
  if (c.atKeyword('with')) {
    expr.with.push(...parseWiths(c));
    Object.assign(expr, c.posFrom(start));
  }
  return expr;
}

function parsePlainLiteral(c: Cursor): Expr {
  const start = c.peek();
  const negated = atNegation(c);
  if (negated) c.next();
  const expr = parseLiteralBody(c, start, negated);
  if (c.atKeyword('with')) {
    expr.with = parseWiths(c);
    Object.assign(expr, c.posFrom(start));
  }
  return expr;
}

/** `not` starts a negation unless it is the head of a ref (`not.x`). */
function atNegation(c: Cursor): boolean {
  return c.atKeyword('not');
}

/** What follows an optional `not`: `some …`, `every …` or an expression (`a`, `a = b`, `a := b`). */
function parseLiteralBody(c: Cursor, start: Token, negated: boolean): Expr {
  const tok = c.peek();
  if ((tok.kind === 'some' || tok.kind === 'every') && !c.keywordStartsRef()) {
    if (negated) c.unexpected(`illegal negation of '${tok.kind}'`);
    const terms = tok.kind === 'some' ? parseSome(c) : parseEvery(c);
    return exprOf(terms, c.posFrom(start));
  }
  const lhs = parseInfix(c, true);
  let terms: ExprTerms = lhs;
  if (c.at(':=') || c.at('=')) {
    const op = c.next();
    const rhs = parseInfix(c, true);
    const pos = c.posBetween(lhs, rhs);
    terms = op.kind === ':=' ? { kind: 'Assign', left: lhs, right: rhs, ...pos } : { kind: 'Unify', left: lhs, right: rhs, ...pos };
  }
  return exprOf(terms, c.posFrom(start), negated);
}

/** `some x in xs`, `some k, v in xs`, or the declaration `some x, y`. */
function parseSome(c: Cursor): ExprTerms {
  const some = c.next();
  const afterSome = c.mark();
  const member = c.attempt(() => parseInfix(c, true));
  if (member && member.kind === 'Call' && isMember(member)) {
    const [first, second, third] = member.args;
    const pos = c.posFrom(some);
    return third ? { kind: 'SomeIn', key: first, value: second, domain: third, ...pos } : { kind: 'SomeIn', value: first, domain: second, ...pos };
  }
  c.reset(afterSome);
  const vars: VarTerm[] = [];
  for (;;) {
    const tok = c.peek();
    if (tok.kind !== 'ident') c.unexpected('expected var');
    c.next();
    vars.push(parseVar(c, tok));
    if (!c.at(',')) break;
    c.next();
  }
  return { kind: 'SomeDecl', vars, ...c.posFrom(some) };
}

function isMember(call: Extract<Term, { kind: 'Call' }>): boolean {
  const op = call.operator;
  return op.head.kind === 'Var' && op.head.name === 'internal' && op.path.length === 1 && op.path[0].kind === 'String' && [MEMBER_2, MEMBER_3].includes(`internal.${op.path[0].value}`);
}

/** `every v in xs { body }` / `every k, v in xs { body }`; key and value must be variables. */
function parseEvery(c: Cursor): ExprTerms {
  const every = c.next();
  const domainExpr = parseInfix(c, true);
  if (domainExpr.kind !== 'Call' || !isMember(domainExpr)) c.unexpected('expected `x[, y] in xs { ... }` expression');
  const args = domainExpr.args;
  const [key, value, domain] = args.length === 3 ? args : [undefined, args[0], args[1]];
  if (key && key.kind !== 'Var') c.unexpected('expected key to be a variable');
  if (value.kind !== 'Var') c.unexpected('expected value to be a variable');
  if (!c.at('{')) c.unexpected('missing body');
  c.next();
  const body = parseBody(c, '}');
  c.expect('}', 'expected }');
  return { kind: 'Every', ...(key ? { key: key as VarTerm } : {}), value, domain, body, ...c.posFrom(every) };
}

/** One or more `with target as value`; a bare name target (`with count as f`) becomes a ref. */
function parseWiths(c: Cursor): With[] {
  const withs: With[] = [];
  while (c.atKeyword('with')) {
    const start = c.next();
    const tok = c.peek();
    if (tok.kind !== 'ident' && !(isKeyword(tok.kind) && c.keywordStartsRef())) c.unexpected('expected ident');
    let target = parseTerm(c);
    if (target.kind === 'Var') target = refTerm(target, [], target);
    if (target.kind !== 'Ref') c.failAtPos(target, 'unexpected term: expected with target path');
    c.expect('as', 'expected as keyword');
    const value = parseInfix(c, true);
    withs.push({ kind: 'With', target, value, ...c.posFrom(start) });
  }
  return withs;
}

// ---------------------------------------------------------------------------------------------- and / or

/** `a or b or c`: operands are `and` chains; a single operand is returned as it is. */
function parseOrChain(c: Cursor): Expr {
  const first = parseAndChain(c);
  if (!c.atWord('or')) return first;
  const operands = [first];
  while (c.atWord('or')) {
    c.next();
    operands.push(parseAndChain(c, true));
  }
  return logical(c, 'or', operands);
}

function parseAndChain(c: Cursor, afterOperator = false): Expr {
  const first = parseOperand(c, afterOperator);
  if (!c.atWord('and')) return first;
  const operands = [first];
  while (c.atWord('and')) {
    c.next();
    operands.push(parseOperand(c, true));
  }
  return logical(c, 'and', operands);
}

function logical(c: Cursor, op: 'and' | 'or', operands: Expr[]): Expr {
  const pos = c.posBetween(operands[0], operands[operands.length - 1]);
  return exprOf({ kind: 'Logical', op, operands, ...pos }, pos);
}

/**
 * One operand: `not operand`, a `{ body }` block, a parenthesised group `( literal )`, or a plain literal.
 * A brace block is only taken when it sits next to an operator or after `not`; otherwise `{…}` is a set or
 * object term, and a parenthesised group only when what follows cannot continue a term expression.
 */
function parseOperand(c: Cursor, afterOperator: boolean): Expr {
  const start = c.peek();
  if (atNegation(c)) {
    c.next();
    const inner = parseOperand(c, true);
    if (!inner.negated && inner.with.length === 0 && inner.terms.kind !== 'SomeDecl' && inner.terms.kind !== 'SomeIn' && inner.terms.kind !== 'Every') {
      return { ...inner, negated: true, ...c.posFrom(start) };
    }
    const pos = c.posFrom(start);
    return exprOf({ kind: 'Block', body: [inner], ...pos }, pos, true);
  }
  if (start.kind === '{') {
    const block = c.attempt(() => parseBlockOperand(c, afterOperator));
    if (block) return block;
  }
  if (start.kind === '(') {
    const group = c.attempt(() => parseGroupOperand(c));
    if (group) return group;
  }
  return parseLiteralBody(c, start, false);
}

function parseBlockOperand(c: Cursor, afterOperator: boolean): Expr {
  const open = c.next();
  const body = parseBody(c, '}');
  c.expect('}');
  if (!afterOperator && !c.atWord('and') && !c.atWord('or')) c.unexpected('expected and or or');
  const pos = c.posFrom(open);
  return exprOf({ kind: 'Block', body, ...pos }, pos);
}

const GROUP_FOLLOWERS = new Set<TokenKind>([')', ';', '}', ']', 'eof', 'with', 'else']);

function parseGroupOperand(c: Cursor): Expr {
  const open = c.next();
  const inner = parseLiteral(c);
  c.expect(')');
  const next = c.peek();
  if (!GROUP_FOLLOWERS.has(next.kind) && !next.newlineBefore && !c.atWord('and') && !c.atWord('or')) c.unexpected();
  return { ...inner, ...c.posFrom(open) };
}
