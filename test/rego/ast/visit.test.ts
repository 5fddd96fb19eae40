// AST traversal helpers: children order, walk pruning, term mapping, groundness and variable collection.
import { parseModule, parseQuery, parseTerm } from '../../../src/rego/parser';
import type { Node } from '../../../src/rego/ast/nodes';
import { collectVars, forEachChild, isGround, isRefGround, mapTerm, walk } from '../../../src/rego/ast/visit';
import { printBody, printTerm } from '../../../src/rego/ast/print';

describe('forEachChild / walk', () => {
  test('children of a rule come in source order: head, body, else', () => {
    const [rule] = parseModule('m.rego', 'package m\np := 1 if { input.a } else := 2').rules;
    const kinds: string[] = [];
    forEachChild(rule, (c) => kinds.push(c.kind));
    expect(kinds).toEqual(['RuleHead', 'Expr', 'Rule']);
  });

  test('walk visits every term and returning false prunes a subtree', () => {
    const [expr] = parseQuery('x := [y | y := input.a[_]; y > count(input.b)]');
    const all: string[] = [];
    walk(expr, (n: Node) => void (n.kind === 'Var' && all.push(n.name)));
    expect(all).toEqual(['x', 'y', 'y', 'input', '$0', 'gt', 'y', 'count', 'input']);
    const outside: string[] = [];
    walk(expr, (n: Node) => {
      if (n.kind === 'ArrayComprehension') return false;
      if (n.kind === 'Var') outside.push(n.name);
      return true;
    });
    expect(outside).toEqual(['x']);
  });
});

describe('mapTerm', () => {
  test('replaces matching sub-terms, including inside comprehension bodies', () => {
    const term = parseTerm('[x | x := input.a; x > 1]');
    const renamed = mapTerm(term, (t) => (t.kind === 'Var' && t.name === 'x' ? { ...t, name: 'y' } : undefined));
    expect(printTerm(renamed)).toBe('[y | y := input.a; gt(y, 1)]');
    expect(printTerm(term)).toBe('[x | x := input.a; gt(x, 1)]');
  });
});

describe('isGround / collectVars', () => {
  test.each([
    ['[1, "a", {"k": null}, {true}]', true],
    ['[1, x]', false],
    ['{"k": input.a}', false],
    ['count([])', false],
    ['[x | x := 1]', false],
  ])('isGround(%s) = %s', (text, ground) => {
    expect(isGround(parseTerm(text))).toBe(ground);
  });

  test('isRefGround looks at path elements only', () => {
    const [a, b] = ['data.a.b["c"]', 'data.a[x]'].map((t) => parseTerm(t));
    expect(a.kind === 'Ref' && isRefGround(a)).toBe(true);
    expect(b.kind === 'Ref' && isRefGround(b)).toBe(false);
  });

  test('collectVars skips call operator names', () => {
    const [expr] = parseQuery('z := f(x, y) + x');
    expect(collectVars(expr).map((v) => v.name)).toEqual(['z', 'x', 'y', 'x']);
    expect(printBody([expr])).toBe('z := plus(f(x, y), x)');
  });
});
