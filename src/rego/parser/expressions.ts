// Infix operators between terms, one precedence level per table row (lowest first): `in`, comparisons,
// `|`, `&`, `+ -`, `* / %`. Each operator becomes a Call to OPA's builtin name (`1 + 2` is `plus(1, 2)`).

import type { Term } from '../ast/nodes';
import { INFIX_OPERATORS, MEMBER_2, MEMBER_3 } from '../ast/nodes';
import { callTerm } from '../ast/build';
import type { TokenKind } from '../lexer';
import type { Cursor } from './cursor';
import { parseTerm } from './terms';

/** Binary operator levels below `in`, lowest precedence first; all are left-associative. */
const LEVELS: ReadonlyArray<ReadonlySet<TokenKind>> = [
  new Set<TokenKind>(['==', '!=', '<', '>', '<=', '>=']),
  new Set<TokenKind>(['|']),
  new Set<TokenKind>(['&']),
  new Set<TokenKind>(['+', '-']),
  new Set<TokenKind>(['*', '/', '%']),
];

/**
 * A full infix expression. `keyVal` allows the two-operand membership form `k, v in xs` (not inside
 * collection literals and argument lists, where the comma separates items). `lhs`, when given, is an
 * already parsed first term (collection literals read one term before knowing what follows).
 */
export function parseInfix(c: Cursor, keyVal: boolean, lhs?: Term): Term {
  let left = parseLevel(c, 0, lhs);
  for (;;) {
    if (keyVal && c.at(',')) {
      const member3 = c.attempt(() => parseKeyValueMembership(c, left));
      if (member3) {
        left = member3;
        continue;
      }
    }
    if (!c.atKeyword('in')) return left;
    const op = c.next();
    const right = parseLevel(c, 0);
    left = callTerm(MEMBER_2, [left, right], c.posBetween(left, right), c.posOf(op));
  }
}

/** Continues an expression inside a collection literal whose first term is already parsed. */
export function continueInList(c: Cursor, first: Term): Term {
  return parseInfix(c, false, first);
}

/** `, v in xs` after a key term; fails (for backtracking) when no `in` follows the second operand. */
function parseKeyValueMembership(c: Cursor, key: Term): Term {
  c.next();
  const value = parseLevel(c, 0);
  const op = c.expect('in');
  const domain = parseLevel(c, 0);
  return callTerm(MEMBER_3, [key, value, domain], c.posBetween(key, domain), c.posOf(op));
}

function parseLevel(c: Cursor, level: number, lhs?: Term): Term {
  if (level === LEVELS.length) return lhs ?? parseTerm(c);
  const ops = LEVELS[level];
  let left = parseLevel(c, level + 1, lhs);
  while (ops.has(c.peek().kind)) {
    const op = c.next();
    const right = parseLevel(c, level + 1);
    left = callTerm(INFIX_OPERATORS[op.kind], [left, right], c.posBetween(left, right), c.posOf(op));
  }
  return left;
}
