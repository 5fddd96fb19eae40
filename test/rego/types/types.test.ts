// Rego's static types: the notation built-in signatures are declared in reads back as OPA prints it, every
// built-in declares one, and JSON Schemas become the types OPA's checker would use.
import { BUILTINS } from '../../../src/rego/builtins/registry';
import { builtinSignature } from '../../../src/rego/builtins/signature';
import { parseType } from '../../../src/rego/types/parse';
import { typeText } from '../../../src/rego/types/print';
import { schemaToType } from '../../../src/rego/types/schema';
import { ANY, NUMBER, STRING, keysOf, or, select, valuesOf } from '../../../src/rego/types/types';

describe('type notation', () => {
  test.each([
    'string',
    'x: number',
    'formatted timestamp: string',
    'array[string]',
    'array<number, string>',
    'array<number>[string]',
    'set[any]',
    'object[string: any]',
    'object<indent: string, prefix: string, pretty: boolean>[string: any]',
    'any<number, array<number, string>, array<number, string, string>>',
    'any<string, array[any], object[any: any], set[any]>',
  ])('%s prints back unchanged', (text) => {
    expect(typeText(parseType(text))).toBe(text);
  });

  test('unions are sorted in OPA type order, whatever order they are written in', () => {
    expect(typeText(parseType('any<set[any], string, null>'))).toBe('any<null, string, set[any]>');
  });

  test('malformed notation is rejected', () => {
    expect(() => parseType('array<number')).toThrow('expected ">"');
    expect(() => parseType('strng')).toThrow('unknown type "strng"');
  });

  test('every built-in declares a signature that prints as written', () => {
    expect(BUILTINS.size).toBeGreaterThan(150);
    for (const [name, decl] of BUILTINS) {
      const sig = builtinSignature(decl);
      expect({ name, args: sig.args.map(typeText) }).toEqual({ name, args: [...decl.args] });
      if (decl.result !== null) expect({ name, result: typeText(sig.result) }).toEqual({ name, result: decl.result });
    }
  });
});

describe('type operations', () => {
  const obj = parseType('object<a: number>[string: string]');
  test.each([
    ['select a static key', typeText(select(obj, 'a')), 'number'],
    ['select a dynamic key', typeText(select(obj, 'zz')), 'string'],
    ['select a key of the wrong type', typeText(select(obj, 1)), '???'],
    ['keys of an object', typeText(keysOf(obj)), 'string'],
    ['values of an object', typeText(valuesOf(obj)), 'any<number, string>'],
    ['keys of an array', typeText(keysOf(parseType('array[string]'))), 'number'],
    ['keys of a scalar', typeText(keysOf(STRING)), '???'],
    ['a union absorbs its member', typeText(or(parseType('any<number, string>'), NUMBER)), 'any<number, string>'],
    ['any absorbs everything', typeText(or(ANY, NUMBER)), 'any'],
  ])('%s', (_what, got, want) => {
    expect(got).toBe(want);
  });
});

describe('JSON Schema to type', () => {
  test.each([
    ['a closed object', { type: 'object', additionalProperties: false, properties: { b: { type: 'integer' }, a: { type: 'string' } } }, 'object<a: string, b: number>'],
    ['an open object', { type: 'object', properties: { a: { type: 'boolean' } } }, 'object<a: boolean>[string: any]'],
    ['typed additional properties', { type: 'object', additionalProperties: { type: 'string' } }, 'object[string: string]'],
    ['arrays and tuples', { type: 'array', items: { type: 'number' } }, 'array[number]'],
    ['a type list', { type: ['string', 'null'] }, 'any<null, string>'],
    ['an enum', { enum: ['a', 1] }, 'any<number, string>'],
    ['a local $ref', { $ref: '#/definitions/x', definitions: { x: { type: 'string' } } }, 'string'],
    ['a recursive $ref', { $ref: '#/definitions/n', definitions: { n: { type: 'object', additionalProperties: false, properties: { next: { $ref: '#/definitions/n' } } } } }, 'object<next: any>'],
    ['anyOf', { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, 'any<string, array[string]>'],
    ['allOf of objects', { allOf: [{ type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } }, { type: 'object', additionalProperties: false, properties: { b: { type: 'string' } } }] }, 'object<a: string, b: string>'],
    ['an empty schema', {}, 'any'],
  ])('%s', (_what, schema, want) => {
    expect(typeText(schemaToType(schema))).toBe(want);
  });
});
