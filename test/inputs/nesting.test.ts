// Depth pre-scans: exact for JSON (strings skipped, escapes honoured), an upper bound for YAML.
import { scanJsonDepth, scanYamlDepth, valueExceedsDepth } from '../../src/inputs/nesting';

test.each([
  ['[[[]]]', 3, undefined],
  ['[[[[]]]]', 3, { depth: 4, line: 1 }],
  ['{"a": "[[[[[[", "b": "\\"[[[["}', 1, undefined],
  ['{\n"a":\n[\n[\n1]]}', 2, { depth: 3, line: 4 }],
])('scanJsonDepth(%j, %i)', (text, max, expected) => expect(scanJsonDepth(text, max)).toEqual(expected));

test.each([
  ['a:\n  b:\n    c: 1\n', 10, undefined],
  ['a: "[[[[[[[[[[[["\n', 5, undefined],
  ["a: don't [[[[[[\n", 5, { depth: 6, line: 1 }],
  ['a: 1 # [[[[[[[[[[\n', 5, undefined],
  ['- - - - - - x\n', 5, { depth: 6, line: 1 }],
  ['x: [\n [\n  [\n]]]\n', 4, { depth: 5, line: 3 }], // indentation counts too: an upper bound
  ['x: [[[\n---\ny: [[\n', 3, undefined], // a new document closes whatever flow the last one left open
])('scanYamlDepth(%j, %i)', (text, max, expected) => expect(scanYamlDepth(text, max)).toEqual(expected));

test.each([
  ['[[[]]]', 3, false],
  ['[[[[]]]]', 3, true],
  ['{"a": "[[[[[[", "b": {"c": [1, {"d": {}}]}}', 5, false],
  ['{"a": "[[[[[[", "b": {"c": [1, {"d": {}}]}}', 4, true],
  ['[1, [2], [[3]], {"x": [[[4]]]}]', 4, true],
  ['"[[[["', 0, false],
  ['7', 0, false],
  ['{"__proto__": [[[]]]}', 3, true],
])('valueExceedsDepth(%j, %i) agrees with the text scan', (text, max, expected) => {
  expect(valueExceedsDepth(JSON.parse(text), max)).toBe(expected);
  expect(scanJsonDepth(text, max) !== undefined).toBe(expected);
});
