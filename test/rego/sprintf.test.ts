// sprintf as OPA formats it: values converted as OPA's builtin hands them to Go (int / *big.Int / float64 / string,
// other values as their Rego text), then Go's fmt rules, all inside the module (the host is never called).
// Arguments are Rego literals so numbers keep their written form (3.0 stays a float, 1e400 stays text).
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { compileRego } from '../../src/rego';

async function formatAll(cases: ReadonlyArray<readonly [string, string, string]>): Promise<string[]> {
  const items = cases.map(([format, args]) => `sprintf(${JSON.stringify(format)}, ${args})`).join(',\n  ');
  const source = `package t\nout := [\n  ${items},\n]\n`;
  const { wasm } = compileRego([{ path: 't.rego', source }], { entrypoints: ['t/out'] });
  // No host built-ins are passed: a call to the host would fail the evaluation.
  const policy = await loadPolicy(wasm);
  return (policy.evaluate({}, 't/out') as Array<{ result: string[] }>)[0].result;
}

const CASES: ReadonlyArray<readonly [string, string, string]> = [
  // %v of collections and other non-scalars: OPA's Rego text
  ['%v', '[["a", "b"]]', '["a", "b"]'],
  ['%v', '[{"a"}]', '{"a"}'],
  ['%v', '[{"k": 1}]', '{"k": 1}'],
  ['%v', '[{"b": 2, "a": [1, {"c": null}]}]', '{"a": [1, {"c": null}], "b": 2}'],
  ['%v', '[set()]', 'set()'],
  ['%s', '[[1, "a", [true]]]', '[1, "a", [true]]'],
  ['%v %v', '[null, true]', 'null true'],
  ['%v', '[["tab\\there"]]', '["tab\\there"]'],
  // booleans and null reach Go as strings
  ['%t', '[true]', '%!t(string=true)'],
  ['%T %T %T %T %T', '[1, 1.5, "s", true, 123456789123456789123]', 'int float64 string string *big.Int'],
  // strings
  ['%s|%v|%q', '["a", "b", "hi\\n"]', 'a|b|"hi\\n"'],
  ['%q %+q %#q %#q', '["é", "é", "a", "a`b"]', '"é" "\\u00e9" `a` "a`b"'],
  ['%.3s|%10.2s|%-5s|', '["abcdef", "xyz", "ab"]', 'abc|        xy|ab   |'],
  ['%x %X % x %#x', '["hello", "hi", "hey", "ok"]', '68656c6c6f 6869 68 65 79 0x6f6b'],
  ['%5s|%-4s|', '["€", "€"]', '    €|€   |'],
  ['%d', '["x"]', '%!d(string=x)'],
  // integers
  ['%d %+d % d %05d %-5d|', '[42, 42, 42, -42, 42]', '42 +42  42 -0042 42   |'],
  ['%x %X %o %O %b', '[255, 255, 8, 8, 5]', 'ff FF 10 0o10 101'],
  ['%#x %#o %#b %#X', '[255, 8, 5, 255]', '0xff 010 0b101 0XFF'],
  ['%.3d|%6.3d|%.0d|', '[7, -7, 0]', '007|  -007||'],
  ['%c %U %#U %q', '[65, 8364, 8364, 97]', "A U+20AC U+20AC '€' 'a'"],
  ['%+v', '[5]', '5'],
  ['%d', '[-9223372036854775808]', '-9223372036854775808'],
  ['%f', '[3]', '%!f(int=3)'],
  // numbers beyond int64 are *big.Int, which formats itself
  ['%v %s %d', '[123456789123456789123, -123456789123456789123, 123456789123456789123]', '123456789123456789123 -123456789123456789123 123456789123456789123'],
  ['%x %#X %+d %25d|%-25d|', '[123456789123456789123, 123456789123456789123, 123456789123456789123, 123456789123456789123, 123456789123456789123]', '6b14e9f9b0df36a83 0X6B14E9F9B0DF36A83 +123456789123456789123     123456789123456789123|123456789123456789123    |'],
  ['%q', '[123456789123456789123]', '%!q(big.Int=123456789123456789123)'],
  // numbers that are not integers are float64; beyond float64 they are their text
  ['%f %d', '[3.14, 3.0]', '3.140000 %!d(float64=3)'],
  ['%v %v %v %v', '[3.0, 1e3, 1234567.0, 0.00001]', '3 1000 1.234567e+06 1e-05'],
  ['%v %v', '[1e400, 2e308]', '1e400 2e308'],
  ['%d', '[1e400]', '%!d(string=1e400)'],
  ['%e %E %g %G', '[123456.789, 0.000012, 1e21, 1e-7]', '1.234568e+05 1.200000E-05 1e+21 1E-07'],
  ['%.2f %.0f %.0f %.0f %.1f', '[2.675, 0.5, 1.5, 2.5, 0.25]', '2.67 0 2 2 0.2'],
  ['%5.2f|%08.3f|%-8.1f|%+.1e', '[3.14159, -3.14159, 2.5, 12345.678]', ' 3.14|-003.142|2.5     |+1.2e+04'],
  ['%g %g %v', '[0.30000000000000004, 5e-324, 1.7976931348623157e308]', '0.30000000000000004 5e-324 1.7976931348623157e+308'],
  ['%.3g %.10g %g', '[3.14159, 3.14159, 100000.0]', '3.14 3.14159 100000'],
  ['%#g %#.3g %#.0f', '[1.0, 2.5, 3.0]', '1.00000 2.50 3.'],
  ['%x %b %F', '[1.5, 1.0, 2.5]', '0x1.8p+00 4503599627370496p-52 2.500000'],
  ['%v', '[-0.0]', '-0'],
  // width and precision from arguments, argument indexes
  ['%*d|%-*d|%.*f', '[5, 42, 4, 7, 2, 3.14159]', '   42|7   |3.14'],
  ['%*d', '[-4, 1]', '1   '],
  ['%*d', '["x", 1]', '%!(BADWIDTH)1'],
  ['%.*d', '["x", 1]', '%!(BADPREC)1'],
  ['%[2]d %[1]d', '[1, 2]', '2 1'],
  ['%[3]d', '[1, 2]', '%!d(BADINDEX)'],
  ['%[2]*[1]d', '[12, 5]', '   12'],
  // verb/argument count mismatches and malformed formats
  ['%s and %v', '["x"]', 'x and %!v(MISSING)'],
  ['%d', '[1, "a", [2]]', '1%!(EXTRA string=a, string=[2])'],
  ['no verbs', '[1]', 'no verbs%!(EXTRA int=1)'],
  ['%d%%', '[50]', '50%'],
  ['%', '[]', '%!(NOVERB)'],
  ['%z', '[1]', '%!z(int=1)'],
  ['%!', '[]', '%!!(MISSING)'],
  ['%5t', '["x"]', '%!t(string=    x)'],
  ['%€', '[1]', '%!€(int=1)'],
];

describe('sprintf follows Go as OPA calls it', () => {
  let got: string[];
  beforeAll(async () => {
    got = await formatAll(CASES);
  });

  test.each(CASES.map((c, i) => [...c, i] as const))('%j of %s', (_format, _args, want, i) => {
    expect(got[i]).toBe(want);
  });

  test('two violations with different collections get different messages (no set merging)', async () => {
    const [a, b] = await formatAll([
      ['missing %v', '[["a"]]', ''],
      ['missing %v', '[["b"]]', ''],
    ]);
    expect(a).not.toBe(b);
  });
});
