// OPA's restrictions on `default` rules: a value is required and must be constant (no vars, refs or calls
// outside comprehensions); default functions take distinct plain variables as arguments.

import type { Term } from '../ast/nodes';
import { forEachChild } from '../ast/visit';
import type { Cursor, Pos } from './cursor';
import { valueName } from './terms';

const COMPREHENSIONS = new Set(['ArrayComprehension', 'SetComprehension', 'ObjectComprehension']);
const NON_CONSTANT = new Set(['Ref', 'Var', 'Call']);

/** Fails at the rule position when the default rule's value or arguments are not allowed. */
export function checkDefaultRule(c: Cursor, pos: Pos, value: Term | undefined, args: Term[] | undefined): void {
  if (!value) c.failAtPos(pos, 'illegal default rule (must have a value)');
  const bad = findNonConstant(value);
  if (bad) c.failAtPos(pos, `illegal default rule (value cannot contain ${valueName(bad)})`);
  const seen = new Set<string>();
  for (const arg of args ?? []) {
    if (arg.kind !== 'Var') c.failAtPos(pos, `illegal default rule (arguments cannot contain ${valueName(arg)})`);
    if (seen.has(arg.name)) c.failAtPos(pos, `illegal default rule (arguments cannot be repeated ${arg.name})`);
    seen.add(arg.name);
  }
}

function findNonConstant(term: Term): Term | undefined {
  if (COMPREHENSIONS.has(term.kind)) return undefined;
  if (NON_CONSTANT.has(term.kind)) return term;
  let found: Term | undefined;
  forEachChild(term, (child) => {
    if (!found && isTerm(child)) found = findNonConstant(child);
  });
  return found;
}

function isTerm(node: { kind: string }): node is Term {
  return TERM_KINDS.has(node.kind);
}

const TERM_KINDS = new Set(['Null', 'Boolean', 'Number', 'String', 'Var', 'Ref', 'Array', 'Object', 'Set', 'ArrayComprehension', 'SetComprehension', 'ObjectComprehension', 'Call', 'TemplateString']);
