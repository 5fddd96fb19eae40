// Constructors for AST nodes, used by the parser and by compiler passes that synthesise terms.
// Each takes the node's position (`{span, loc}`) last so generated nodes can borrow a source position.

import type {
  BooleanTerm,
  CallTerm,
  Expr,
  ExprTerms,
  NumberTerm,
  RefTerm,
  StringTerm,
  Term,
  VarTerm,
} from './nodes';

/** A node position: span plus line/col. */
export interface NodePos {
  span: { file: string; start: number; end: number };
  loc: { file: string; line: number; col: number };
}

/** Position fields for a new node; span and loc objects are shared, never mutated. */
function at(pos: NodePos): NodePos {
  return { span: pos.span, loc: pos.loc };
}

/** `Var name`. */
export function varTerm(name: string, pos: NodePos): VarTerm {
  return { kind: 'Var', name, ...at(pos) };
}

/** `String value`. */
export function stringTerm(value: string, pos: NodePos): StringTerm {
  return { kind: 'String', value, ...at(pos) };
}

/** `Number raw`. */
export function numberTerm(raw: string, pos: NodePos): NumberTerm {
  return { kind: 'Number', raw, ...at(pos) };
}

/** `true` / `false`. */
export function booleanTerm(value: boolean, pos: NodePos): BooleanTerm {
  return { kind: 'Boolean', value, ...at(pos) };
}

/** `Ref(head, path)`. */
export function refTerm(head: Term, path: Term[], pos: NodePos): RefTerm {
  return { kind: 'Ref', head, path, ...at(pos) };
}

/** A ref naming something by dotted name: `strings.replace_n` is `Ref(Var strings, [String replace_n])`. */
export function nameRef(name: string, pos: NodePos): RefTerm {
  const [head, ...rest] = name.split('.');
  return refTerm(varTerm(head, pos), rest.map((part) => stringTerm(part, pos)), pos);
}

/** A call of a function named by dotted name (`plus`, `internal.member_2`). */
export function callTerm(name: string, args: Term[], pos: NodePos, operatorPos: NodePos = pos): CallTerm {
  return { kind: 'Call', operator: nameRef(name, operatorPos), args, ...at(pos) };
}

/** An expression literal. */
export function exprOf(terms: ExprTerms, pos: NodePos, negated = false): Expr {
  return { kind: 'Expr', negated, terms, with: [], ...at(pos) };
}

/** The generated `true` body of rules written without one. */
export function trueBody(pos: NodePos): Expr[] {
  return [exprOf(booleanTerm(true, pos), pos)];
}
