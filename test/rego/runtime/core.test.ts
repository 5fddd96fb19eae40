// The runtime's value core through its exports: JSON and Rego-literal round trips, parse errors, the total
// order, sorted set/object iteration (as OPA's Go evaluator), and the generic access functions.
import { Runtime } from './harness';

describe('JSON round trips', () => {
  const rt = new Runtime();
  test.each([
    ['null', 'null'],
    ['true', 'true'],
    [' false ', 'false'],
    ['0', '0'],
    ['-12', '-12'],
    ['123456789012345678', '123456789012345678'],
    ['1234567890123456789', '1234567890123456789'],
    ['9223372036854775807', '9223372036854775807'],
    ['-9223372036854775808', '-9223372036854775808'],
    ['9223372036854775808', '9223372036854775808'],
    ['-9223372036854775809', '-9223372036854775809'],
    ['99999999999999999999', '99999999999999999999'],
    ['28857836529306024611913', '28857836529306024611913'],
    ['1.0', '1.0'],
    ['-0.5e-3', '-0.5e-3'],
    ['1E400', '1E400'],
    ['""', '""'],
    ['"a\\"b\\\\c\\/d"', '"a\\"b\\\\c/d"'],
    ['"\\b\\f\\n\\r\\t"', '"\\u0008\\u000c\\n\\r\\t"'],
    ['"\\u00e9\\u20AC\\ud83d\\ude00"', '"é€😀"'],
    ['"é€😀"', '"é€😀"'],
    ['"\\ud800x"', '"\uFFFDx"'],
    ['"\u007f"', '"\u007f"'],
    ['[]', '[]'],
    ['[1, [2, [3, []]], {"a": {}}]', '[1,[2,[3,[]]],{"a":{}}]'],
    ['{"a":1,"a":2}', '{"a":2}'],
    ['{"b":1,"a":[true,null]}', '{"a":[true,null],"b":1}'],
    ['[1] trailing', '[1]'],
  ])('%s', (input, output) => {
    expect(rt.dump(rt.parse(input))).toBe(output);
  });
});

describe('number representation', () => {
  const rt = new Runtime();
  const repr = (text: string): number => new DataView(rt.memory.buffer).getUint8(rt.parse(text) + 1);
  test.each([
    ['0', 0], ['-12', 0], ['9223372036854775807', 0], ['-9223372036854775808', 0],
    ['9223372036854775808', 1], ['1.0', 1], ['1e3', 1], ['12345678901234567890123', 1],
  ])('%s parses with repr %d (0 INT, 1 REF)', (text, expected) => {
    expect(repr(text)).toBe(expected);
  });
});

describe('large documents', () => {
  test('many escaped or non-ASCII strings allocate only their own length', () => {
    const rt = new Runtime({ initial: 2, maximum: 80 });
    const doc = JSON.stringify(Array.from({ length: 20000 }, (_, i) => ({ [`k\u00fc${i}`]: `ü\n${i}` })));
    const v = rt.parse(doc);
    expect(v).not.toBe(0);
    expect(rt.exports.opa_value_length(v)).toBe(20000);
    expect(JSON.parse(rt.dump(v))).toEqual(JSON.parse(doc));
  });

  test('deeply nested arrays round-trip', () => {
    const rt = new Runtime();
    const doc = `${'['.repeat(2000)}1${']'.repeat(2000)}`;
    expect(rt.dump(rt.parse(doc))).toBe(doc);
  });
});

describe('JSON parse errors yield 0', () => {
  const rt = new Runtime();
  test.each([
    '', '   ', '[', '[1,', '[1,]', '{"a"}', '{"a":}', '{"a":1,}', '{1:2}', 'tru', 'nul', '-', '01x'.slice(1, 0), '1.', '1e',
    '1.e5', '"abc', '"a\u0001b"', '"\\x"', '"\\u12"', '{"a" 1}', '[1 2]', 'set()', '{1,2}', 'undefined',
  ])('%j', (input) => {
    expect(rt.parse(input)).toBe(0);
  });

  test('invalid UTF-8 bytes are rejected', () => {
    for (const bytes of [[0x22, 0xff, 0x22], [0x22, 0xc0, 0xaf, 0x22], [0x22, 0xed, 0xa0, 0x80, 0x22], [0x22, 0xe2, 0x82, 0x22]]) {
      expect(rt.exports.opa_json_parse(...rt.writeBytes(Uint8Array.from(bytes)))).toBe(0);
    }
  });
});

describe('Rego literals (opa_value_parse / opa_value_dump)', () => {
  const rt = new Runtime();
  test.each([
    ['set()', 'set()'],
    ['{1, 2}', '{1,2}'],
    ['{1: "a", [1]: {2}}', '{1:"a",[1]:{2}}'],
    ['{"a": [1, 2]}', '{"a":[1,2]}'],
    ['{}', '{}'],
  ])('%s', (input, output) => {
    expect(rt.dumpRego(rt.parseValue(input))).toBe(output);
  });

  test('non-string object keys dump as their JSON text', () => {
    expect(JSON.parse(rt.dump(rt.value('{1: "a", [1, "x"]: 2, {"k": set()}: 3}')))).toEqual({ '1': 'a', '[1,"x"]': 2, '{"k":[]}': 3 });
  });

  test('sets dump as arrays', () => {
    expect(rt.dump(rt.value('{3, 1}'))).toBe('[1,3]');
  });
});

describe('opa_value_compare', () => {
  const rt = new Runtime();
  const ascending = [
    'null', 'false', 'true', '-1e400', '-5', '-1.5', '0', '0.5', '1', '1.5', '2', '18446744073709551617',
    '28857836529306024611912', '28857836529306024611913', '1e400',
    '""', '"A"', '"a"', '"ab"', '"b"', '"é"',
    '[]', '[1]', '[1, 2]', '[2]', '["a"]',
    '{}', '{"a": 1}', '{"a": 1, "b": 1}', '{"a": 2}', '{"b": 0}',
    'set()', '{1}', '{1, 2}', '{2}',
  ];
  test('a strictly ascending table', () => {
    for (let i = 0; i < ascending.length; i++) {
      for (let j = 0; j < ascending.length; j++) {
        const c = Math.sign(rt.exports.opa_value_compare(rt.value(ascending[i]), rt.value(ascending[j])));
        if (c !== Math.sign(i - j)) throw new Error(`compare(${ascending[i]}, ${ascending[j]}) = ${c}`);
      }
    }
  });

  test.each([
    ['1', '1.0'], ['1', '1e0'], ['100', '1e2'], ['0.1', '1e-1'], ['{1, 2}', '{2, 1}'], ['{"a": 1, "b": 2}', '{"b": 2, "a": 1}'],
    ['{1: "x"}', '{1.0: "x"}'],
  ])('%s == %s', (a, b) => {
    expect(rt.exports.opa_value_compare(rt.value(a), rt.value(b))).toBe(0);
  });
});

describe('sorted iteration order (as OPA\'s Go evaluator)', () => {
  const rt = new Runtime();
  const e = rt.exports;
  // The expected order: the elements sorted by the runtime's own total order, compared one pair at a time.
  const sortedByCompare = (elems: string[]): string[] =>
    [...elems].sort((x, y) => e.opa_value_compare(rt.value(x), rt.value(y)));
  const elements = (coll: number): string[] => {
    const out: string[] = [];
    for (let k = e.opa_value_iter(coll, 0); k !== 0; k = e.opa_value_iter(coll, k)) out.push(rt.show(k));
    return out;
  };

  test('sets iterate in ascending order whatever the insertion order', () => {
    expect(rt.dump(rt.value('{0, 1}'))).toBe('[0,1]');
    expect(rt.dump(rt.value('{3, 1, 2}'))).toBe('[1,2,3]');
    expect(rt.dump(rt.value('{"c", "a", "b"}'))).toBe('["a","b","c"]');
  });

  test.each([
    [['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']],
    [['0.5', '16.7', '2.675', '0.1', '-3.25', '1.10', '1234.5678', '-0.001', '99.99']],
    [['"a"', '"b"', '"c"', '"foo"', '"bar"', '"ü"', '"aws_s3_bucket"', '"x"', '"1"', '"2"', '"3"', '"4"']],
    [['1', '"1"', '2.5', '"2.5"', '-7', '"z"', '1000000', '"deny"', 'null', 'true', 'false', '[1]', '{"k": 1}', '{2}']],
    [['9007199254740993', '18446744073709551617', '123456789012345678901234567890', '-1e400']],
  ])('set of %j iterates in the total order', (elems) => {
    const expected = sortedByCompare(elems).map((x) => rt.show(rt.value(x)));
    expect(elements(rt.value(`{${elems.join(', ')}}`))).toEqual(expected);
    expect(elements(rt.value(`{${[...elems].reverse().join(', ')}}`))).toEqual(expected);
  });

  test('objects iterate and dump their keys sorted', () => {
    const obj = rt.value('{"b": 1, "a": 2, "c": {"z": 1, "y": 2}}');
    expect(elements(obj)).toEqual(['"a"', '"b"', '"c"']);
    expect(rt.dump(obj)).toBe('{"a":2,"b":1,"c":{"y":2,"z":1}}');
  });

  test('inserts between iterations: each iteration sees every element in order', () => {
    // Batches mix appends above the maximum (the sorted prefix grows) with inserts below it (a merge is needed).
    const set = e.opa_set();
    const model: number[] = [];
    const batches = [[5, 6, 7], [1, 9, 2], [10, 11], [0], [3, 4, 8, 12, -1]];
    for (const batch of batches) {
      for (const n of batch) {
        e.opa_set_add(set, rt.value(String(n)));
        model.push(n);
      }
      expect(elements(set)).toEqual([...model].sort((x, y) => x - y).map(String));
    }
  });

  test('removing a key keeps the order of the rest, and later inserts slot in', () => {
    const obj = rt.value('{"a": 1, "b": 2, "c": 3, "d": 4}');
    const path = rt.value('["b"]');
    expect(e.opa_value_remove_path(obj, path)).toBe(0);
    expect(elements(obj)).toEqual(['"a"', '"c"', '"d"']);
    e.opa_object_insert(obj, rt.value('"bb"'), rt.value('5'));
    e.opa_object_insert(obj, rt.value('"0"'), rt.value('6'));
    expect(elements(obj)).toEqual(['"0"', '"a"', '"bb"', '"c"', '"d"']);
    expect(e.opa_value_length(obj)).toBe(5);
  });

  test('a large set built in descending order iterates ascending, with O(1) membership kept', () => {
    const set = e.opa_set();
    const n = 20000;
    for (let i = n - 1; i >= 0; i--) e.opa_set_add(set, e.opa_number_int(BigInt(i)));
    let expected = 0;
    let ordered = true;
    for (let k = e.opa_value_iter(set, 0); k !== 0; k = e.opa_value_iter(set, k)) ordered &&= rt.show(k) === String(expected++);
    expect([ordered, expected]).toEqual([true, n]);
    expect(rt.show(e.opa_value_get(set, rt.value('12345')))).toBe('12345');
  });

  test('numbers in e-notation are the same element as their plain value', () => {
    expect(rt.dump(rt.value('{100, 1e2, 0.25, 25e-2, 2.5e-1}'))).toBe(rt.dump(rt.value('{100, 0.25}')));
    expect(rt.exports.opa_value_length(rt.value('{100, 1e2, 0.25, 25e-2, 2.5e-1}'))).toBe(2);
  });

  test('1 and 1.0 are the same set element and object key', () => {
    expect(rt.dump(rt.value('{1, 1.0}'))).toBe('[1]');
    const obj = rt.value('{1: "a"}');
    rt.exports.opa_object_insert(obj, rt.value('1.0'), rt.value('"b"'));
    expect(rt.dump(obj)).toBe('{"1":"b"}');
  });

  test('tables grow past 0.7 load and keep every key', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `"k${i}"`);
    const obj = rt.value(`{${keys.map((k, i) => `${k}: ${i}`).join(', ')}}`);
    expect(rt.exports.opa_value_length(obj)).toBe(200);
    for (let i = 0; i < 200; i++) {
      expect(rt.dump(rt.exports.opa_value_get(obj, rt.value(keys[i])))).toBe(String(i));
    }
  });

  test('iteration order is a pure function of the contents', () => {
    const a = rt.value('{"x", "y", "z", 1, 2, 3, [1], {"k": 1}}');
    const b = rt.value('{{"k": 1}, [1], 3, 2, 1, "z", "y", "x"}');
    expect(rt.dump(a)).toBe(rt.dump(b));
    expect(rt.dump(a)).toBe('[1,2,3,"x","y","z",[1],{"k":1}]');
  });

  test('Rego literals accept a trailing comma', () => {
    expect(rt.dump(rt.value('{"a": {"b"}, "c": set(), }'))).toBe('{"a":["b"],"c":[]}');
    expect(rt.dump(rt.value('[1, 2, ]'))).toBe('[1,2]');
    expect(rt.dump(rt.value('{2, 1, }'))).toBe('[1,2]');
  });
});

describe('access functions', () => {
  const rt = new Runtime();
  const e = rt.exports;

  test('opa_value_get on arrays, objects, sets and scalars', () => {
    const arr = rt.value('[10, 20]');
    expect(rt.show(e.opa_value_get(arr, rt.value('1')))).toBe('20');
    expect(rt.show(e.opa_value_get(arr, rt.value('1.0')))).toBe('20');
    expect(e.opa_value_get(arr, rt.value('2'))).toBe(0);
    expect(e.opa_value_get(arr, rt.value('-1'))).toBe(0);
    expect(e.opa_value_get(arr, rt.value('0.5'))).toBe(0);
    expect(e.opa_value_get(arr, rt.value('"0"'))).toBe(0);
    expect(rt.show(e.opa_value_get(rt.value('{"a": {"b": 1}}'), rt.value('"a"')))).toBe('{"b": 1}');
    expect(rt.show(e.opa_value_get(rt.value('{"x"}'), rt.value('"x"')))).toBe('"x"');
    expect(e.opa_value_get(rt.value('{"x"}'), rt.value('"y"'))).toBe(0);
    expect(e.opa_value_get(rt.value('"abc"'), rt.value('0'))).toBe(0);
  });

  test('opa_value_iter walks keys in order', () => {
    const keys = (coll: number): string[] => {
      const out: string[] = [];
      for (let k = e.opa_value_iter(coll, 0); k !== 0; k = e.opa_value_iter(coll, k)) out.push(rt.show(k));
      return out;
    };
    expect(keys(rt.value('["a", "b", "c"]'))).toEqual(['0', '1', '2']);
    expect(keys(rt.value('{1, 0}'))).toEqual(['0', '1']);
    expect(keys(rt.value('{"b": 1, "a": 2}'))).toEqual(['"a"', '"b"']);
    expect(keys(rt.value('42'))).toEqual([]);
    expect(keys(rt.value('[]'))).toEqual([]);
  });

  test('types and lengths', () => {
    expect(['null', 'true', '1', '"s"', '[]', '{}', 'set()'].map((v) => e.opa_value_type(rt.value(v)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(['"héllo"', '[1, 2]', '{"a": 1}', '{1, 2, 3}', '7'].map((v) => e.opa_value_length(rt.value(v)))).toEqual([6, 2, 1, 3, 0]);
  });

  test('shallow copy shares elements and keeps order', () => {
    const obj = rt.value('{"a": [1], "b": {2}}');
    const before = rt.show(obj);
    const copy = e.opa_value_shallow_copy(obj);
    expect(copy).not.toBe(obj);
    expect(rt.show(copy)).toBe(before);
    expect(e.opa_value_get(copy, rt.value('"a"'))).toBe(e.opa_value_get(obj, rt.value('"a"')));
    e.opa_object_insert(copy, rt.value('"c"'), rt.value('3'));
    expect(rt.show(obj)).toBe(before);
    const arr = rt.value('[1, 2]');
    const arrCopy = e.opa_value_shallow_copy(arr);
    e.opa_array_append(arrCopy, rt.value('3'));
    expect([rt.show(arr), rt.show(arrCopy)]).toEqual(['[1, 2]', '[1, 2, 3]']);
  });

  test('deep merge', () => {
    const merged = e.opa_value_merge(rt.value('{"a": {"x": 1}, "b": 1}'), rt.value('{"a": {"y": 2}, "c": 3}'));
    expect(JSON.parse(rt.dump(merged))).toEqual({ a: { x: 1, y: 2 }, b: 1, c: 3 });
    expect(rt.show(e.opa_value_merge(rt.value('1'), rt.value('{"a": 1}')))).toBe('1');
    expect(rt.show(e.opa_value_merge(0, rt.value('{"a": 1}')))).toBe('{"a": 1}');
  });

  test('constructors', () => {
    expect(rt.show(e.opa_null())).toBe('null');
    expect(rt.show(e.opa_boolean(1))).toBe('true');
    expect(rt.show(e.opa_number_int(-9007199254740993n))).toBe('-9007199254740993');
    const [text, len] = rt.writeBytes(Buffer.from('2.50'));
    expect(rt.show(e.opa_number_ref(text, len))).toBe('2.50');
    expect(rt.show(rt.string('ü'))).toBe('"ü"');
    const set = e.opa_set();
    e.opa_set_add(set, rt.value('1'));
    e.opa_set_add(set, rt.value('1.0'));
    expect(rt.show(set)).toBe('{1}');
    const n = rt.value('5');
    e.opa_value_number_set_int(n, 7n);
    expect(rt.show(n)).toBe('7');
  });

  test('interned values written by the code generator are accepted', () => {
    const base = e.opa_malloc(64);
    const view = new DataView(rt.memory.buffer);
    const bytes = base + 32;
    new Uint8Array(rt.memory.buffer).set(Buffer.from('key'), bytes);
    view.setUint8(base, 4); view.setUint32(base + 4, 3, true); view.setUint32(base + 8, bytes, true);
    view.setUint8(base + 16, 2); view.setUint8(base + 20, 1);
    const obj = e.opa_object();
    e.opa_object_insert(obj, base, base + 16);
    expect(rt.dump(obj)).toBe('{"key":true}');
    expect(rt.show(e.opa_value_get(rt.value('{"key": 1}'), base))).toBe('1');
  });
});
