// parseQuery and parseTerm: the entry points the conformance harness and the CLI use for queries and
// `input_term` values; checked through the printer and through node shapes.
import { parseQuery, parseTerm } from '../../../src/rego/parser';
import { printBody, printTerm } from '../../../src/rego/ast/print';

describe('parseQuery', () => {
  test.each([
    ['data.test.p = x', 'data.test.p = x'],
    ['x = data.a; y = x[_]', 'x = data.a; y = x[$0]'],
    ['x := 1\ny := x + 1', 'x := 1; y := plus(x, 1)'],
    ['data.a.f(1, "b") == 2', 'equal(data.a.f(1, "b"), 2)'],
    ['not data.p with input as {"x": 1}', 'not data.p with input as {"x": 1}'],
    ['some x in [1, 2]; x > 1', 'some x in [1, 2]; gt(x, 1)'],
    ['x = {1, 2} | {3}', 'x = or({1, 2}, {3})'],
  ])('%s', (query, printed) => {
    expect(printBody(parseQuery(query))).toBe(printed);
  });

  test('locations use the given path', () => {
    const [expr] = parseQuery('x = 1', 'queries/q1');
    expect(expr.loc).toEqual({ file: 'queries/q1', line: 1, col: 1 });
  });
});

describe('parseTerm', () => {
  test.each([
    ['{"a": {1, 2}, "b": set()}', '{"a": {1, 2}, "b": set()}', 'Object'],
    ['[1, -2.5, 1e400, null, true]', '[1, -2.5, 1e400, null, true]', 'Array'],
    ['{1, 1.0, "x"}', '{1, 1.0, "x"}', 'Set'],
    ['"a\\u00e9"', '"aé"', 'String'],
    ['-7', '-7', 'Number'],
    ['input.x', 'input.x', 'Ref'],
  ])('%s', (text, printed, kind) => {
    const term = parseTerm(text);
    expect(term.kind).toBe(kind);
    expect(printTerm(term)).toBe(printed);
  });

  test('numbers keep their exact text', () => {
    expect(parseTerm('18446744073709551617')).toMatchObject({ kind: 'Number', raw: '18446744073709551617' });
  });

  test('wildcards get distinct generated names', () => {
    expect(printBody(parseQuery('input.x[_] = input.y[_]'))).toBe('input.x[$0] = input.y[$1]');
  });
});
