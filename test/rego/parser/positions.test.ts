// Position invariants: every node's `loc` is `SourceFile.locate(span.start)` of its own file, spans lie in
// the text, and selected nodes span exactly their source text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceFile } from '../../../src/diagnostics';
import { parseModule, parseQuery } from '../../../src/rego/parser';
import type { Node, Term } from '../../../src/rego/ast/nodes';
import { walk } from '../../../src/rego/ast/visit';
import { printTerm } from '../../../src/rego/ast/print';

const dir = join(__dirname, 'golden');

describe('node positions', () => {
  test.each(readdirSync(dir).filter((f) => f.endsWith('.rego')))('%s: loc agrees with span for every node', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const source = new SourceFile(file, text);
    const module = parseModule(file, text);
    let checked = 0;
    walk(module, (n: Node) => {
      expect(n.span.file).toBe(file);
      expect(n.loc.file).toBe(file);
      expect(n.span.start).toBeLessThanOrEqual(n.span.end);
      expect(n.span.end).toBeLessThanOrEqual(text.length);
      expect({ line: n.loc.line, col: n.loc.col }).toEqual(source.locate(n.span.start));
      checked++;
    });
    expect(checked).toBeGreaterThan(10);
  });

  const query = 'x := input.x[_].y with input as {"a": [1, 2]}; not count(data.a.b) > 1 + 2; some k, v in {"a": 1}';
  const body = parseQuery(query, 'q');
  const textOf = (n: Node) => query.slice(n.span.start, n.span.end);

  test.each([
    [0, 'x := input.x[_].y with input as {"a": [1, 2]}'],
    [1, 'not count(data.a.b) > 1 + 2'],
    [2, 'some k, v in {"a": 1}'],
  ])('literal %i spans %s', (i, expected) => {
    expect(textOf(body[i])).toBe(expected);
  });

  test('terms span their text', () => {
    const collected: Term[] = [];
    body.forEach((e) => walk(e, (n) => void ((n.kind === 'Ref' || n.kind === 'Call' || n.kind === 'Object') && collected.push(n as Term))));
    const spans = collected.map((t) => [printTerm(t), textOf(t)]);
    expect(spans).toEqual(expect.arrayContaining([
      ['input.x[$0].y', 'input.x[_].y'],
      ['{"a": [1, 2]}', '{"a": [1, 2]}'],
      ['gt(count(data.a.b), plus(1, 2))', 'count(data.a.b) > 1 + 2'],
      ['count(data.a.b)', 'count(data.a.b)'],
      ['plus(1, 2)', '1 + 2'],
      ['data.a.b', 'data.a.b'],
    ]));
  });

  test('a with modifier spans `with … as …`', () => {
    expect(textOf(body[0].with[0])).toBe('with input as {"a": [1, 2]}');
  });
});
