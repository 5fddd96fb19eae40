// graph.reachable, graph.reachable_paths and walk through build/runtime.wasm, with OPA's conformance cases
// (builtins/reachable, builtins/walkbuiltin). Results are sets or relations, so they are compared sorted.
import { Runtime } from './harness';
import { Row, testRows } from './builtins-support';

const GRAPH: Row[] = [
  ['builtin_graph__reachable', ['{}', '{"a"}'], 'set()'],
  ['builtin_graph__reachable', ['{"a": {"b"}, "b": {"c"}, "c": {"a"}}', '{"a"}'], '{"a", "b", "c"}'],
  ['builtin_graph__reachable', ['{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set(), "e": {"f"}, "f": {"e"}, "x": {"x"}}', '{"b", "e"}'], '{"b", "d", "e", "f"}'],
  ['builtin_graph__reachable', ['{"a": ["b"], "b": ["c"], "c": ["a"]}', '["a"]'], '{"a", "b", "c"}'],
  ['builtin_graph__reachable', ['{"a": null}', '["a"]'], '{"a"}'],
  ['builtin_graph__reachable', ['{"a": []}', '"a"'], 'undefined'],
  ['builtin_graph__reachable', ['1', '["a"]'], 'undefined'],
  ['builtin_graph__reachable_paths', ['{}', '{"a"}'], 'set()'],
  ['builtin_graph__reachable_paths', ['{"a": {"b"}, "b": {"c"}, "c": {"a"}}', '{"a"}'], '{["a", "b", "c"]}'],
  ['builtin_graph__reachable_paths', ['{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set(), "e": {"f"}, "f": {"e"}, "x": {"x"}}', '{"b", "e"}'], '{["b", "d"], ["e", "f"]}'],
  ['builtin_graph__reachable_paths', ['{"a": ["b"], "b": ["c"], "c": ["a"]}', '["a"]'], '{["a", "b", "c"]}'],
  ['builtin_graph__reachable_paths', ['1', '[1]'], 'undefined'],
  ['builtin_graph__reachable_paths', ['{"a": null}', '["a"]'], '{["a"]}'],
  ['builtin_graph__reachable_paths', ['{"a": []}', '"a"'], 'undefined'],
  ['builtin_graph__reachable_paths', ['{"a": ["b", "c"], "b": ["c"], "c": []}', '{"a"}'], '{["a", "b", "c"], ["a", "c"]}'],
  ['builtin_graph__reachable_paths', ['{"1": [], "2": ["1"], "3": ["2"], "4": ["3", "2"], "5": ["4"]}', '["5"]'], '{["5", "4", "2", "1"], ["5", "4", "3", "2", "1"]}'],
  ['builtin_graph__reachable_paths', ['{"a": ["b"], "b": ["nonexistent"]}', '{"a", "b"}'], '{["a", "b"], ["b"]}'],
  ['builtin_graph__reachable_paths', ['{"one": ["two", "five"], "two": ["four"], "three": [""], "four": ["three"], "five": ["seven", "six"], "six": ["nine"], "seven": ["eight"], "eight": [""], "nine": [""]}', '{"one"}'], '{["one", "five", "seven", "eight"], ["one", "five", "six", "nine"], ["one", "two", "four", "three"]}'],
  ['builtin_graph__reachable_paths', ['{"one": ["two", "five"], "two": ["four"], "three": [""], "four": ["three"], "five": ["seven", "six"], "six": ["nine", "seven"], "seven": ["eight"], "eight": ["three"], "nine": [""]}', '{"one"}'], '{["one", "five", "seven", "eight", "three"], ["one", "five", "six", "nine"], ["one", "five", "six", "seven", "eight", "three"], ["one", "two", "four", "three"]}'],
];

testRows('graph built-ins', GRAPH);

describe('walk', () => {
  const rt = new Runtime();
  // The pairs as a sorted list of JSON texts, since walk is a relation whose order is not part of its meaning.
  const pairs = (doc: string): string[] => {
    const result = rt.exports.builtin_walk(rt.value(doc));
    return sorted(JSON.parse(rt.dump(result)) as unknown[]);
  };
  const sorted = (list: unknown[]): string[] => list.map((p) => stableJson(p)).sort();

  test('scalar', () => {
    expect(pairs('1')).toEqual(sorted([[[], 1]]));
  });
  test('arrays', () => {
    expect(pairs('[1, 2, 3, 4]')).toEqual(sorted([[[], [1, 2, 3, 4]], [[0], 1], [[1], 2], [[2], 3], [[3], 4]]));
  });
  test('objects', () => {
    expect(pairs('{"v1": "hello", "v2": "goodbye"}')).toEqual(sorted([[[], { v1: 'hello', v2: 'goodbye' }], [['v1'], 'hello'], [['v2'], 'goodbye']]));
  });
  test('sets: the element is its own key', () => {
    expect(pairs('{{1, 2, 3}}')).toEqual(sorted([[[], [[1, 2, 3]]], [[[1, 2, 3]], [1, 2, 3]], [[[1, 2, 3], 1], 1], [[[1, 2, 3], 2], 2], [[[1, 2, 3], 3], 3]]));
  });
  test('paths are not shared between siblings', () => {
    const all = pairs('{"a": [{"b": [{"c": [{"aa": "AA"}, {"bb": "BB"}]}]}]}');
    expect(all).toContain(stableJson([['a', 0, 'b', 0, 'c', 0, 'aa'], 'AA']));
    expect(all).toContain(stableJson([['a', 0, 'b', 0, 'c', 1, 'bb'], 'BB']));
  });
  test('root comes first', () => {
    const result = JSON.parse(rt.dump(rt.exports.builtin_walk(rt.value('{"a": {"b": 1}}')))) as unknown[][];
    expect(result[0]).toEqual([[], { a: { b: 1 } }]);
    expect(result).toHaveLength(3);
  });
});

/** JSON text with object keys sorted. */
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const obj = v as Record<string, unknown>;
    return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
