// JSON built-ins through build/runtime.wasm: marshal (Go's encoder output), marshal_with_options, unmarshal,
// is_valid, filter, remove and patch. The JSON-patch rows are read from OPA's conformance file
// (builtins/jsonpatch/json-patch-tests.yaml), whose Rego `cases` arrays are JSON apart from trailing commas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Runtime } from './harness';
import { Row, canonical, testRows } from './builtins-support';

const TEXT: Row[] = [
  ['builtin_json__marshal', ['[{"foo": {1, 2, 3}}]'], '"[{\\"foo\\":[1,2,3]}]"'],
  ['builtin_json__marshal', ['{"b": 1, "a": [true, null, 1.50]}'], '"{\\"a\\":[true,null,1.50],\\"b\\":1}"'],
  ['builtin_json__marshal', ['"<a&b>\\u2028\\u0001\\n\\b"'], '"\\"\\\\u003ca\\\\u0026b\\\\u003e\\\\u2028\\\\u0001\\\\n\\\\b\\""'],
  ['builtin_json__marshal', ['{1: "x"}'], '"{\\"1\\":\\"x\\"}"'],
  ['builtin_json__marshal', ['{10: "a", 9: "b", "x": {"q": 1, "p": [2]}}'], '"{\\"10\\":\\"a\\",\\"9\\":\\"b\\",\\"x\\":{\\"p\\":[2],\\"q\\":1}}"'],
  ['builtin_json__marshal_with_options', ['[1234567890, 2000000, 1000000000]', '{"indent": "  "}'], '"[\\n  1234567890,\\n  2000000,\\n  1000000000\\n]"'],
  ['builtin_json__marshal_with_options', ['[1, 2]', '{}'], '"[1,2]"'],
  ['builtin_json__marshal_with_options', ['[1, 2]', '{"pretty": true}'], '"[\\n\\t1,\\n\\t2\\n]"'],
  ['builtin_json__marshal_with_options', ['[1, 2]', '{"pretty": false, "prefix": "NO!", "indent": "BAD!"}'], '"[1,2]"'],
  ['builtin_json__marshal_with_options', ['[1, 2]', '{"prefix": "JSON => "}'], '"JSON => [\\nJSON => \\t1,\\nJSON => \\t2\\nJSON => ]"'],
  ['builtin_json__marshal_with_options', ['{"foo": "bar", "bar": "baz"}', '{"prefix": "JSON => "}'], '"JSON => {\\nJSON => \\t\\"bar\\": \\"baz\\",\\nJSON => \\t\\"foo\\": \\"bar\\"\\nJSON => }"'],
  ['builtin_json__marshal_with_options', ['[]', '{"indent": "    ", "prefix": "---"}'], '"---[]"'],
  ['builtin_json__marshal_with_options', ['[[[]]]', '{"indent": " "}'], '"[\\n [\\n  []\\n ]\\n]"'],
  ['builtin_json__marshal_with_options', ['[]', '{"indent": "    ", "include_winning_lottery_numbers": true}'], 'undefined'],
  ['builtin_json__marshal_with_options', ['[]', '{"pretty": 1}'], 'undefined'],
  ['builtin_json__unmarshal', ['"[{\\"foo\\":[1,2,3]}]"'], '[{"foo": [1, 2, 3]}]'],
  ['builtin_json__unmarshal', ['" {\\"a\\": 1.0} "'], '{"a": 1.0}'],
  ['builtin_json__unmarshal', ['"[1] x"'], 'undefined'],
  ['builtin_json__unmarshal', ['"{"'], 'undefined'],
  ['builtin_json__unmarshal', ['1'], 'undefined'],
  ['builtin_json__is_valid', ['"plainstring"'], 'false'],
  ['builtin_json__is_valid', ['"{"'], 'false'],
  ['builtin_json__is_valid', ['"{\\"json\\": \\"ok\\"}"'], 'true'],
  ['builtin_json__is_valid', ['"[[[[1]]], {\\"a\\": [-0.5e+3, \\"\\\\u00e9\\"]}, true, null]"'], 'true'],
  ['builtin_json__is_valid', ['"01"'], 'false'],
  ['builtin_json__is_valid', ['"[1,]"'], 'false'],
  ['builtin_json__is_valid', ['"{\\"a\\" 1}"'], 'false'],
  ['builtin_json__is_valid', ['"\\"\\\\x\\""'], 'false'],
  ['builtin_json__is_valid', ['1'], 'false'],
];

const EDIT: Row[] = [
  ['builtin_json__filter', ['{"a": {"b": {"c": 7, "d": 8}}, "e": 9}', '{"a/b/c"}'], '{"a": {"b": {"c": 7}}}'],
  ['builtin_json__filter', ['{"a": {"b": {"c": 7, "d": 8}}, "e": 9}', '["a/b/c", "e"]'], '{"a": {"b": {"c": 7}}, "e": 9}'],
  ['builtin_json__filter', ['{"a": {"b": {"c": 7, "d": 8}, "e": 9}}', '{"a/b/c", "a/e"}'], '{"a": {"b": {"c": 7}, "e": 9}}'],
  ['builtin_json__filter', ['{"a": 7}', 'set()'], '{}'],
  ['builtin_json__filter', ['{}', '{"a/b"}'], '{}'],
  ['builtin_json__filter', ['{"a": [{"b": 7, "c": 8}, {"d": 9}]}', '{"a/0/b", "a/1"}'], '{"a": [{"b": 7}, {"d": 9}]}'],
  ['builtin_json__filter', ['{"a": [{"1": ["b", "c", "d"]}, {"x": "y"}]}', '{"a/0/1/2"}'], '{"a": [{"1": ["d"]}]}'],
  ['builtin_json__filter', ['{"a": {"b": {"c": 7, "d": 8, "x": 0}}, "e": 9}', '{"a/b/d", ["a", "b", "c"]}'], '{"a": {"b": {"c": 7, "d": 8}}}'],
  ['builtin_json__filter', ['{"a": {"b": 1}}', '{"a", "a/b/c"}'], '{"a": {"b": 1}}'],
  ['builtin_json__filter', ['{"a": 1}', '"a"'], 'undefined'],
  ['builtin_json__remove', ['{"a": {"b": {"c": 7, "d": 8}}, "e": 9}', '{"a/b/c"}'], '{"a": {"b": {"d": 8}}, "e": 9}'],
  ['builtin_json__remove', ['{"a": {"b": {"c": 7, "d": 8}}, "e": 9}', '["a/b/c", "e"]'], '{"a": {"b": {"d": 8}}}'],
  ['builtin_json__remove', ['{"a": {"b": {"c": 7, "d": 8}, "e": 9}}', '{"a/b/c", "a/e"}'], '{"a": {"b": {"d": 8}}}'],
  ['builtin_json__remove', ['{"a": 7}', 'set()'], '{"a": 7}'],
  ['builtin_json__remove', ['{"a": {"b": 7}, "c": 1}', '{"a", "c"}'], '{}'],
  ['builtin_json__remove', ['{"a": {"b": 7}, "c": 1}', '{"a/b", "c"}'], '{"a": {}}'],
  ['builtin_json__remove', ['{"a": [{"1": ["b", "c", "d"]}, {"x": "y"}]}', '{"a/0/1/2"}'], '{"a": [{"1": ["b", "c"]}, {"x": "y"}]}'],
  ['builtin_json__remove', ['{"a": {"b": {"c": 7, "d": 8}}, "e": 9}', '{["a", "b", "c"], ["e"]}'], '{"a": {"b": {"d": 8}}}'],
  ['builtin_json__remove', ['{"a": {"b": {"c": 7, "d": 8, "x": 0}}, "e": 9}', '{"a/b/d", ["a", "b", "c"]}'], '{"a": {"b": {"x": 0}}, "e": 9}'],
  ['builtin_json__remove', ['"foo"', '{"a/b/c"}'], 'undefined'],
  ['builtin_json__remove', ['{"a": 1}', '"foo"'], 'undefined'],
  ['builtin_json__remove', ['{"a": 1}', '{1, 2, 3, "a"}'], 'undefined'],
  ['builtin_json__remove', ['{"a": 1}', '["a", {"x": 1}]'], 'undefined'],
  ['builtin_json__patch', ['[1, 2, 3]', '[{"op": "add", "path": "1.2", "value": "foo"}]'], 'undefined'],
  ['builtin_json__patch', ['{"foo": {"a", "b", "c"}}', '[{"op": "remove", "path": "foo/b"}]'], '{"foo": {"a", "c"}}'],
  ['builtin_json__patch', ['{"foo": {"a", "b", "c"}}', '[{"op": "add", "path": "foo/d", "value": "d"}]'], '{"foo": {"a", "b", "c", "d"}}'],
  ['builtin_json__patch', ['{"foo": {"a", "b", "c"}}', '[{"op": "add", "path": "foo/d", "value": "e"}]'], 'undefined'],
  ['builtin_json__patch', ['{"foo": {"a", "b"}, "bar": {"c", "d"}}', '[{"op": "move", "from": "foo/a", "path": "bar/a"}]'], '{"foo": {"b"}, "bar": {"a", "c", "d"}}'],
  ['builtin_json__patch', ['{[1]}', '[{"op": "add", "path": [[1], 1], "value": 2}]'], '{[1, 2]}'],
  ['builtin_json__patch', ['{"a": 1}', '"not an array"'], 'undefined'],
];

testRows('JSON text built-ins', TEXT);
testRows('JSON edit built-ins', EDIT);

interface PatchCase { comment?: string; doc: unknown; patch: unknown[]; expected?: unknown; error?: string; disabled?: boolean; opa_disabled?: boolean }

/** The cases of the conformance file's json_patch_cases packages. */
function patchCases(): PatchCase[] {
  const file = join(__dirname, '../../conformance/cases/opa-v1/builtins/jsonpatch/json-patch-tests.yaml');
  const suite = parse(readFileSync(file, 'utf8')) as { cases: { modules: string[] }[] };
  const cases: PatchCase[] = [];
  for (const module of suite.cases[0].modules.slice(1)) {
    const literal = module.slice(module.indexOf('cases := ') + 'cases := '.length).replace(/,(\s*[\]}])/g, '$1');
    cases.push(...(JSON.parse(literal) as PatchCase[]));
  }
  return cases;
}

describe('json.patch conformance (json-patch-tests)', () => {
  const rt = new Runtime();
  const cases = patchCases().filter((c) => !c.opa_disabled);
  test('the suite was read', () => {
    expect(cases.length).toBeGreaterThan(80);
  });
  test.each(cases.map((c, i) => [c.comment ?? `case ${i}`, c] as const))('%s', (_, c) => {
    const result = rt.exports.builtin_json__patch(rt.value(JSON.stringify(c.doc)), rt.value(JSON.stringify(c.patch)));
    if (c.error !== undefined) expect(result).toBe(0);
    else if (c.expected !== undefined) expect(canonical(rt, rt.show(result))).toBe(canonical(rt, JSON.stringify(c.expected)));
    else expect(result).not.toBe(0);
  });
});
