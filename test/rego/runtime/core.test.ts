// The runtime's value core through its exports: JSON and Rego-literal round trips, parse errors, the total
// order, OPA's set/object iteration order, and the generic access functions.
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
    ['{"b":1,"a":[true,null]}', '{"b":1,"a":[true,null]}'],
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

// A model of OPA's set for scalar literals written in plain notation (numbers without exponents, strings).
function modelSetOrder(elems: string[]): string[] {
  const fnv = (bytes: Uint8Array): number => {
    let h = 0x811c9dc5;
    for (const b of bytes) h = (Math.imul(h, 0x01000193) ^ b) >>> 0;
    return h;
  };
  const naiveAtof = (text: string): number => {
    const neg = text.startsWith('-');
    const [whole, fraction = ''] = (neg ? text.slice(1) : text).split('.');
    let d = 0;
    for (const c of whole) d = 10 * d + Number(c);
    d *= neg ? -1 : 1;
    let frac = 0;
    let b = 0.1;
    for (const c of fraction) { frac += b * Number(c); b /= 10; }
    return d + frac * (neg ? -1 : 1);
  };
  const isString = (e: string): boolean => e.startsWith('"');
  const hash = (e: string): number => {
    if (isString(e)) return fnv(Buffer.from(JSON.parse(e) as string, 'utf8'));
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, naiveAtof(e), true);
    return fnv(bytes);
  };
  const compare = (a: string, b: string): number => {
    if (isString(a) !== isString(b)) return isString(a) ? 1 : -1;
    if (isString(a)) return Buffer.compare(Buffer.from(JSON.parse(a) as string), Buffer.from(JSON.parse(b) as string));
    const x = BigInt(a.split('.')[0]);
    const y = BigInt(b.split('.')[0]);
    return x === y ? Math.sign(Number(a) - Number(b)) : (x < y ? -1 : 1);
  };
  let buckets: string[][] = Array.from({ length: 8 }, () => []);
  const insert = (e: string): void => {
    const chain = buckets[hash(e) % buckets.length];
    const at = chain.findIndex((x) => compare(e, x) < 0);
    chain.splice(at < 0 ? chain.length : at, 0, e);
  };
  let len = 0;
  for (const e of elems) {
    if (len + 1 > buckets.length * 0.7) {
      const old = buckets.flat();
      buckets = Array.from({ length: buckets.length * 2 }, () => []);
      old.forEach(insert);
    }
    insert(e);
    len++;
  }
  return buckets.flat();
}

describe('OPA hash-table order', () => {
  const rt = new Runtime();
  test('small integer sets iterate by bucket, as OPA-built modules do', () => {
    // OPA wasm test: or({0,1},{0}) → [1,0]; the set {0, 1} itself iterates 1 then 0.
    expect(rt.dump(rt.value('{0, 1}'))).toBe('[1,0]');
  });

  test('iteration order equals a model of OPA\'s tables (FNV-1 hash, naive atof, 8 buckets, 0.7 load, sorted chains)', () => {
    const cases = [
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'],
      ['0.5', '16.7', '2.675', '0.1', '-3.25', '1.10', '1234.5678', '-0.001', '99.99'],
      ['"a"', '"b"', '"c"', '"foo"', '"bar"', '"ü"', '"aws_s3_bucket"', '"x"', '"1"', '"2"', '"3"', '"4"'],
      ['1', '"1"', '2.5', '"2.5"', '-7', '"z"', '1000000', '"deny"'],
      ['9007199254740993', '18446744073709551617', '123456789012345678901234567890'],
    ];
    for (const elems of cases) {
      expect(rt.show(rt.value(`{${elems.join(', ')}}`))).toBe(`{${modelSetOrder(elems).join(', ')}}`);
    }
  });

  test('numbers in e-notation hash as their plain value', () => {
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
    expect(keys(rt.value('{0, 1}'))).toEqual(['1', '0']);
    expect(keys(rt.value('{"a": 1, "b": 2}')).sort()).toEqual(['"a"', '"b"']);
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
