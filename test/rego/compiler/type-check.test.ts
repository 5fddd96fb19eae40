// The CheckTypes stage, both sides: what OPA's type checker rejects fails with rego_type_error and OPA's message,
// and what it accepts (including refs into unknown input and base documents) still compiles.
import { compileRego } from '../../../src/rego';
import { PlangateError } from '../../../src/diagnostics';
import { inputDocumentSchemas } from '../../../src/engine/schemas';

function compileError(source: string, opts: Parameters<typeof compileRego>[1] = { entrypoints: [] }): string | undefined {
  try {
    compileRego([{ path: 't.rego', source: `package t\n\n${source}\n` }], opts);
    return undefined;
  } catch (err) {
    if (!(err instanceof PlangateError)) throw err;
    return err.diagnostics.map((d) => `${d.location?.line}:${d.location?.col}: ${d.code}: ${d.message}`).join('\n');
  }
}

const REJECTED: ReadonlyArray<readonly [string, string, string]> = [
  ['array patterns of different lengths', 'p if { [x, y] = [1, 2, 3] }', '3:8: rego_type_error: match error\n\tleft  : array<???, ???>\n\tright : array<number, number, number>'],
  ['an array pattern against an object', 'p if { [x] = {"key": 1} }', '3:8: rego_type_error: match error\n\tleft  : array<???>\n\tright : object<key: number>'],
  ['iteration over null', 'p if { some _ in null }', '3:18: rego_type_error: undefined ref: null[_]\n\tnull[_]\n\t^^^^\n\thave: null'],
  ['iteration over false', 'p if { some x in false }', '3:18: rego_type_error: undefined ref: false[_]\n\tfalse[_]\n\t^^^^^\n\thave: boolean'],
  ['iteration over a number', 'p if { some x in 0 }', '3:18: rego_type_error: undefined ref: 0[_]\n\t0[_]\n\t^\n\thave: number'],
  ['iteration over a string', 'p if { some x in "" }', '3:18: rego_type_error: undefined ref: ""[_]\n\t""[_]\n\t^^\n\thave: string'],
  ['an element pattern of the wrong length', 'p if { some [x, y] in [[1, 2, 3]] }', '3:8: rego_type_error: match error\n\tleft  : array<???, ???>\n\tright : array<number, number, number>'],
  [
    'a built-in argument of the wrong type',
    'p := time.format([1703444325734390000, "UTC", 42])',
    '3:6: rego_type_error: time.format: invalid argument(s)\n\thave: (array<number, string, number>, ???)\n\twant: (x: any<number, array<number, string>, array<number, string, string>>, formatted timestamp: string)',
  ],
  ['a typed local passed to a built-in', 'p if { x := "a"; startswith(x, 1) }', '3:18: rego_type_error: startswith: invalid argument(s)\n\thave: (string, number)\n\twant: (search: string, base: string, result: boolean)'],
  ['a key a rule value does not have', 'q := {"a": 1}\n\nr := q.b', '5:6: rego_type_error: undefined ref: data.t.q.b\n\tdata.t.q.b\n\t         ^\n\t         have: "b"\n\t         want (one of): ["a"]'],
  ['indexing into a scalar rule value', 'q := 1\n\nr := q.b', '5:6: rego_type_error: undefined ref: data.t.q.b\n\tdata.t.q.b\n\t^^^^^^^^\n\thave: number'],
  ['a function argument typed by its body', 'f(x) := y if { y := upper(x) }\n\nr := f(1)', '5:6: rego_type_error: data.t.f: invalid argument(s)\n\thave: (number, ???)\n\twant: (string, string)'],
  ['a comprehension element of the wrong type', 'p if { xs := [x | x := "a"]; xs[0] + 1 > 0 }', 'rego_type_error: plus: invalid argument(s)'],
  ['a string where a set is needed', 'p := {1} | "a"', 'rego_type_error: or: invalid argument(s)'],
];

const ACCEPTED: ReadonlyArray<readonly [string, string]> = [
  ['refs into input', 'p if { some r in input.resources; r.values.encrypted == false }'],
  ['refs into base documents', 'p if { some k, v in data.params.prefixes; startswith(input.name, v); k != "" }'],
  ['a data ref with an integer key', 'p := data[2]'],
  ['partial object beside a ground rule below it', 'p[k] := v if { v := ["a", "b"][k] }\n\np["foo"] := "bar"\n\nq := p.foo'],
  ['functions over any', 'f(x) := y if { y := x.name }\n\nr := f({"name": "n"})'],
  ['unifying a var with a collection', 'p if { [a, b] := [1, "x"]; a + 1 > 0; startswith(b, "x") }'],
  ['iteration over a set and an object', 'p if { some x in {1, 2}; some k, v in {"a": 1}; x + v > 0; k != "" }'],
  ['numbers compared with strings (equality takes any)', 'p if { x := 1; x != "a" }'],
  ['comprehensions and their types', 'p := count({x | some x in [1, 2]}) + count([y | some y in input.ys])'],
  ['the output argument of a call', 'p if { count([1], n); n > 0 }'],
  ['every over input', 'p if { every r in input.resources { r.ok } }'],
  ['sprintf with any values', 'p := sprintf("%v %d", [input.a, 1])'],
  ['time.format with a zone', 'p := time.format([1703444325734390000, "UTC"])'],
  ['a head value built from an argument not typed yet', 'f(key) := {{"key": key, "reason": r} | some r in input.reasons}\n\np := f("k")'],
  ['default and else', 'default p := false\n\np := true if input.x\n\nq := 1 if { input.y } else := "one"'],
];

describe('CheckTypes', () => {
  test.each(REJECTED)('rejects %s', (_what, source, want) => {
    expect(compileError(source)).toContain(want);
  });

  test.each(ACCEPTED)('accepts %s', (_what, source) => {
    expect(compileError(source)).toBeUndefined();
  });
});

describe('CheckTypes with schemas', () => {
  const POD = {
    type: 'object',
    additionalProperties: false,
    properties: { spec: { type: 'object', additionalProperties: false, properties: { containers: { type: 'array', items: { $ref: '#/definitions/container' } } } } },
    definitions: { container: { type: 'object', additionalProperties: false, properties: { image: { type: 'string' }, env: { type: 'array' } } } },
  };

  test('the input document schema catches typos in input paths', () => {
    const schemas = inputDocumentSchemas();
    expect(compileError('deny contains r.id if { some r in input.resouces }', { entrypoints: [], schemas })).toContain(
      '3:35: rego_type_error: undefined ref: input.resouces[_]\n\tinput.resouces[_]\n\t      ^\n\t      have: "resouces"\n\t      want (one of): ["changes" "dataSources" "deleted" "inputs" "resources" "terraform"]',
    );
    expect(compileError('deny contains r.id if {\n\tsome r in input.resources\n\tr.vaules.encrypted == false\n}', { entrypoints: [], schemas })).toContain(
      '5:2: rego_type_error: undefined ref: r.vaules.encrypted\n\tr.vaules.encrypted\n\t  ^\n\t  have: "vaules"',
    );
    expect(compileError('deny contains r.id if { some r in input.resources; r.values.encrypted == false; r.tags.env == "x"; input.changes.delete[_] == r.address }', { entrypoints: [], schemas })).toBeUndefined();
  });

  test('schema.input from the schema set types input everywhere', () => {
    const schemas = { 'schema.input': POD };
    expect(compileError('p if { input.spec.containerz[_] }', { entrypoints: [], schemas })).toContain('have: "containerz"\n\t           want (one of): ["containers"]');
    expect(compileError('p if { some c in input.spec.containers; c.imagePull == "x" }', { entrypoints: [], schemas })).toContain('have: "imagePull"\n\t  want (one of): ["env" "image"]');
    expect(compileError('p if { some c in input.spec.containers; startswith(c.image, "x") }', { entrypoints: [], schemas })).toBeUndefined();
  });

  test('METADATA schemas: annotations type the rule they apply to', () => {
    const annotated = '# METADATA\n# schemas:\n#   - input: schema.k8s.pod\np if { input.spec.containerz[_] }\n\nq if { input.anything }';
    const err = compileError(annotated, { entrypoints: [], schemas: { 'schema.k8s.pod': POD } });
    expect(err).toContain('6:8: rego_type_error: undefined ref: input.spec.containerz[_]');
    expect(err).not.toContain('input.anything');
  });

  test('an inline schema definition types a path below input', () => {
    const src = '# METADATA\n# schemas:\n#   - input.x: {type: object, additionalProperties: false, properties: {a: {type: string}}}\np if { input.x.b == 1 }\n\n# METADATA\n# schemas:\n#   - input.x: {type: object, additionalProperties: false, properties: {a: {type: string}}}\nq if { input.x.a == "1"; input.y }';
    const err = compileError(src);
    expect(err).toContain('undefined ref: input.x.b');
    expect(err?.split('\n').filter((l) => l.includes('undefined ref'))).toHaveLength(1);
  });

  test('an annotation naming a schema the set does not hold is a type error', () => {
    expect(compileError('# METADATA\n# schemas:\n#   - input: schema.nope\np if { input.x }')).toContain('rego_type_error: undefined schema: schema.nope');
  });
});

describe('CheckTypes with built-ins an embedder declares', () => {
  test.each([
    ["OPA's notation", { args: ['owner: string'], result: 'object[string: any]' }, '(owner: string, object[string: any])'],
    ['a list of kinds', { args: [['string']], result: ['object', 'null'] }, '(string, any<null, object[any: any]>)'],
  ] as const)('%s: the call is checked against the declaration', (_what, sig, want) => {
    const builtins = { 'acme.owner': sig };
    expect(compileError('p := acme.owner("a").team', { entrypoints: [], builtins })).toBeUndefined();
    expect(compileError('p := acme.owner(1)', { entrypoints: [], builtins })).toContain(`rego_type_error: acme.owner: invalid argument(s)\n\thave: (number, ???)\n\twant: ${want}`);
  });

  test('a declaration in malformed notation is refused with the reason', () => {
    expect(compileError('p := 1', { entrypoints: [], builtins: { 'acme.owner': { args: ['strin'], result: 'string' } } })).toContain('built-in acme.owner: type "strin": unknown type "strin"');
  });
});
