// Strict built-in errors (assembly/errors.ts): undefined by default; after opa_strict_builtin_errors(1) a failing
// built-in aborts with OPA's "eval_type_error: <name>: operand N must be ..." or "eval_builtin_error: <name>: ...".
import { AbortError, Runtime, builtinExportName } from './harness';

type StrictCase = [builtin: string, args: string[], message: string];

const CASES: StrictCase[] = [
  ['div', ['1', '0'], 'eval_builtin_error: div: divide by zero'],
  ['rem', ['1', '0'], 'eval_builtin_error: rem: modulo by zero'],
  ['rem', ['1.5', '1'], 'eval_builtin_error: rem: modulo on floating-point number'],
  ['plus', ['1', '"a"'], 'eval_type_error: plus: operand 2 must be number but got string'],
  ['minus', ['{1}', '1'], 'eval_type_error: minus: operand 2 must be set but got number'],
  ['minus', ['1', '{1}'], 'eval_type_error: minus: operand 2 must be number but got set'],
  ['count', ['null'], 'eval_type_error: count: operand 1 must be one of {array, object, set, string} but got null'],
  ['bits.and', ['1.5', '1'], 'eval_type_error: bits.and: operand 1 must be integer number but got floating-point number'],
  ['bits.lsh', ['1', '-1'], 'eval_type_error: bits.lsh: operand 2 must be an unsigned integer number but got a negative integer'],
  ['numbers.range', ['1', '2.5'], 'eval_type_error: numbers.range: operand 2 must be integer number but got floating-point number'],
  ['numbers.range_step', ['1', '5', '-1'], 'eval_builtin_error: numbers.range_step: step must be a positive integer'],
  ['to_number', ['"x"'], 'eval_builtin_error: to_number: invalid syntax'],
  ['array.concat', ['[]', '{}'], 'eval_type_error: array.concat: operand 2 must be array but got object'],
  ['object.keys', ['"a"'], 'eval_type_error: object.keys: operand 1 must be object but got string'],
  ['object.remove', ['{}', '1'], 'eval_type_error: object.remove: operand 2 must be one of {object, set, array} but got number'],
  ['object.union_n', ['[{}, "a"]'], 'eval_type_error: object.union_n: operand 1 must be array of objects but got array containing string'],
  ['strings.any_prefix_match', ['["a", 1]', '"a"'], 'eval_type_error: strings.any_prefix_match: operand 1 must be array of strings but got array containing number'],
  ['strings.any_suffix_match', ['"a"', '1'], 'eval_type_error: strings.any_suffix_match: operand 2 must be one of {string, set, array} but got number'],
  ['substring', ['"abc"', '-1', '1'], 'eval_builtin_error: substring: negative offset'],
  ['units.parse', ['""'], 'eval_builtin_error: units.parse: no amount provided'],
  ['units.parse_bytes', ['"1 KB"'], 'eval_builtin_error: units.parse_bytes: spaces not allowed in resource strings'],
  ['units.parse_bytes', ['"0.0.0"'], 'eval_builtin_error: units.parse_bytes: could not parse byte amount to a number'],
  ['json.remove', ['{}', '[1]'], 'eval_type_error: json.remove: operand 2 must be one of {set, array} containing string paths or array of path segments but got number'],
  ['net.cidr_expand', ['"10.0.0.1/33"'], 'eval_builtin_error: net.cidr_expand: invalid CIDR address: 10.0.0.1/33'],
  ['net.cidr_merge', ['["::1"]'], 'eval_builtin_error: net.cidr_merge: IPv6 invalid: needs prefix length'],
  ['semver.compare', ['"1"', '"1.0.0"'], 'eval_builtin_error: semver.compare: operand 1: string "1" is not a valid SemVer'],
  ['time.add_date', ['0', '2262', '1', '1'], 'eval_builtin_error: time.add_date: time outside of valid range'],
  ['hex.decode', ['"fghijkl"'], "eval_builtin_error: hex.decode: encoding/hex: invalid byte: U+0067 'g'"],
  ['hex.decode', ['"abc"'], 'eval_builtin_error: hex.decode: encoding/hex: odd length hex string'],
  ['graph.reachable', ['1', '[]'], 'eval_type_error: graph.reachable: operand 1 must be object but got number'],
];

function call(rt: Runtime, builtin: string, args: string[]): number {
  return rt.exports[builtinExportName(builtin)](...args.map((a) => rt.value(a)));
}

describe('built-in errors', () => {
  test.each(CASES)('%s(%j) is undefined by default', (builtin, args) => {
    const rt = new Runtime();
    expect(call(rt, builtin, args)).toBe(0);
  });

  test.each(CASES)('%s(%j) aborts in strict mode', (builtin, args, message) => {
    const rt = new Runtime();
    rt.exports.opa_strict_builtin_errors(1);
    expect(() => call(rt, builtin, args)).toThrow(new AbortError(message));
  });

  test('the call location set by generated code prefixes the message', () => {
    const rt = new Runtime();
    rt.exports.opa_strict_builtin_errors(1);
    const [file] = rt.writeBytes(Buffer.from('policy.rego\0'));
    rt.exports.opa_builtin_location(file, 7);
    expect(() => call(rt, 'div', ['1', '0'])).toThrow(new AbortError('policy.rego:7: eval_builtin_error: div: divide by zero'));
  });

  test('strict mode can be switched off again; valid calls are unaffected', () => {
    const rt = new Runtime();
    rt.exports.opa_strict_builtin_errors(1);
    expect(rt.show(call(rt, 'div', ['1', '4']))).toBe('0.25');
    rt.exports.opa_strict_builtin_errors(0);
    expect(call(rt, 'div', ['1', '0'])).toBe(0);
  });
});
