// Property tests: printed terms parse back to the same print (printer and parser agree on precedence,
// escapes and collection syntax), and arbitrary token soup either parses or fails with rego_parse_error.
import fc from 'fast-check';
import { PlangateError } from '../../../src/diagnostics';
import { parseModule, parseTerm } from '../../../src/rego/parser';
import { printTerm } from '../../../src/rego/ast/print';

const ident = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/).filter((s) => !['package', 'import', 'as', 'default', 'else', 'not', 'some', 'with', 'null', 'true', 'false', 'in', 'every', 'contains', 'if', 'set'].includes(s));
const number = fc.oneof(
  fc.integer({ min: -1000000, max: 1000000 }).map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
);
const scalar = fc.oneof(
  fc.constant('null'),
  fc.boolean().map(String),
  number,
  fc.string({ unit: 'binary', maxLength: 8 }).map((s) => JSON.stringify(s)),
);
const infix = fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&', '|');

/** Source text of arbitrary terms, built from the grammar (parenthesised infix so any nesting is valid). */
const termText: fc.Arbitrary<string> = fc.letrec<{ term: string }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    ident,
    fc.tuple(ident, fc.array(fc.oneof(ident.map((s) => `.${s}`), tie('term').map((t) => `[${t}]`)), { minLength: 1, maxLength: 3 })).map(([h, p]) => h + p.join('')),
    fc.array(tie('term'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((xs) => `{${xs.join(', ')}}`),
    fc.array(fc.tuple(tie('term'), tie('term')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    fc.tuple(ident, fc.array(tie('term'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('term'), infix, tie('term')).map(([a, op, b]) => `(${a} ${op} ${b})`),
  ),
})).term;

describe('parser properties', () => {
  test('printTerm output parses back to a term that prints the same', () => {
    fc.assert(
      fc.property(termText, (text) => {
        const once = printTerm(parseTerm(text));
        expect(printTerm(parseTerm(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  test('token soup never crashes: it parses or throws rego_parse_error', () => {
    const piece = fc.constantFrom(
      'p', 'x', ' ', '\n', ':=', '=', '==', 'if', '{', '}', '[', ']', '(', ')', ',', ';', '.', '|', '+', '-',
      'contains', 'some', 'in', 'every', 'not', 'with', 'as', 'else', 'default', '1', '"s"', '`r`', '_', 'input',
      '# c', '# METADATA\n# title: t\n', 'import future.keywords.or\n', 'or', 'and', '$"a{x}"', '\\', '!', '"\\q"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        try {
          parseModule('fuzz.rego', `package fuzz\n${pieces.join('')}`);
        } catch (e) {
          expect(e).toBeInstanceOf(PlangateError);
          expect((e as PlangateError).code).toBe('rego_parse_error');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
