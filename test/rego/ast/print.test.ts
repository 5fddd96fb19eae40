// Printer: Rego-like text for terms and literals (used by golden files and error messages).
import { parseQuery, parseTerm } from '../../../src/rego/parser';
import { printExpr, printTerm } from '../../../src/rego/ast/print';

describe('printTerm', () => {
  test.each([
    ['data.a["b c"][0].d', 'data.a["b c"][0].d'],
    ['{"k": [1, {2}], 3: set()}', '{"k": [1, {2}], 3: set()}'],
    ['{k: v | some k, v in input}', '{k: v | some k, v in input}'],
    ['strings.replace_n({"a": "b"}, x)', 'strings.replace_n({"a": "b"}, x)'],
    ['"tab\\there"', '"tab\\there"'],
    ['`raw`', '"raw"'],
    ['$"a {x} \\{b}"', '$"a {x} \\{b}"'],
  ])('%s', (text, printed) => {
    expect(printTerm(parseTerm(text))).toBe(printed);
  });
});

describe('printExpr', () => {
  test.each([
    ['not x = 1 with input as 2 with data.a as 3', 'not x = 1 with input as 2 with data.a as 3'],
    ['every k, v in xs { v > k }', 'every k, v in xs { gt(v, k) }'],
    ['some a, b', 'some a, b'],
    ['x in {1} == false', 'internal.member_2(x, equal({1}, false))'],
  ])('%s', (text, printed) => {
    expect(printExpr(parseQuery(text)[0])).toBe(printed);
  });
});
