// units.parse and units.parse_bytes through build/runtime.wasm: results compared numerically with the runtime's
// own `equal`, plus the exact number text OPA prints (integers plain, fractions with ten digits).
import { Runtime } from './harness';

type Fn = 'parse' | 'parse_bytes';

const EXPORTS: Record<Fn, string> = { parse: 'builtin_units__parse', parse_bytes: 'builtin_units__parse_bytes' };

// Ported from OPA's conformance suite (builtins/units): [function, input, expected number].
const EQUAL: [Fn, string, string][] = [
  ["parse", "500m", "0.5"],
  ["parse", "0.0005K", "0.5"],
  ["parse", "0.0000005M", "0.5"],
  ["parse_bytes", "\"100TIB\"", "109951162777600"],
  ["parse_bytes", "0", "0"],
  ["parse_bytes", "0.0", "0"],
  ["parse_bytes", ".0", "0"],
  ["parse_bytes", "12345", "12345"],
  ["parse_bytes", "10KB", "10000"],
  ["parse_bytes", "10KIB", "10240"],
  ["parse_bytes", "10kb", "10000"],
  ["parse_bytes", "10Kib", "10240"],
  ["parse_bytes", "200mb", "200000000"],
  ["parse_bytes", "300GiB", "322122547200"],
  ["parse_bytes", "1.1KB", "1100"],
  ["parse_bytes", "1.1KiB", "1126"],
  ["parse_bytes", ".5KB", "500"],
  ["parse_bytes", "100k", "100000"],
  ["parse_bytes", "100kb", "100000"],
  ["parse_bytes", "100ki", "102400"],
  ["parse_bytes", "100kib", "102400"],
  ["parse_bytes", "100m", "100000000"],
  ["parse_bytes", "100mb", "100000000"],
  ["parse_bytes", "100mi", "104857600"],
  ["parse_bytes", "100mib", "104857600"],
  ["parse_bytes", "100g", "100000000000"],
  ["parse_bytes", "100gb", "100000000000"],
  ["parse_bytes", "100gi", "107374182400"],
  ["parse_bytes", "100gib", "107374182400"],
  ["parse_bytes", "100t", "100000000000000"],
  ["parse_bytes", "100tb", "100000000000000"],
  ["parse_bytes", "100ti", "109951162777600"],
  ["parse_bytes", "100tib", "109951162777600"],
  ["parse_bytes", "100p", "100000000000000000"],
  ["parse_bytes", "100pb", "100000000000000000"],
  ["parse_bytes", "100pi", "112589990684262400"],
  ["parse_bytes", "100pib", "112589990684262400"],
  ["parse_bytes", "10e", "10000000000000000000"],
  ["parse_bytes", "10eb", "10000000000000000000"],
  ["parse_bytes", "10ei", "11529215046068469760"],
  ["parse_bytes", "10eib", "11529215046068469760"],
  ["parse_bytes", "1e3KB", "1000000"],
  ["parse_bytes", "3.2E2MiB", "335544320"],
  ["parse_bytes", "4.5e1GiB", "48318382080"],
  ["parse_bytes", "5e6", "5000000"],
  ["parse_bytes", "1e-2KB", "10"],
  ["parse_bytes", "6.4E1GB", "64000000000"],
  ["parse_bytes", "7.5e1TiB", "82463372083200"],
  ["parse_bytes", "5e2MiB", "524288000"],
  ["parse_bytes", "2e2GiB", "214748364800"],
  ["parse", "\"100TI\"", "109951162777600"],
  ["parse", "0", "0"],
  ["parse", "0.0", "0"],
  ["parse", ".0", "0"],
  ["parse", "12345", "12345"],
  ["parse", "10K", "10000"],
  ["parse", "10KI", "10240"],
  ["parse", "10k", "10000"],
  ["parse", "10Ki", "10240"],
  ["parse", "200M", "200000000"],
  ["parse", "300Gi", "322122547200"],
  ["parse", "1.1K", "1100"],
  ["parse", "1.1Ki", "1126.4"],
  ["parse", ".5K", "500"],
  ["parse", "100k", "100000"],
  ["parse", "100K", "100000"],
  ["parse", "100ki", "102400"],
  ["parse", "100Ki", "102400"],
  ["parse", "100M", "100000000"],
  ["parse", "100mi", "104857600"],
  ["parse", "100Mi", "104857600"],
  ["parse", "100g", "100000000000"],
  ["parse", "100gi", "107374182400"],
  ["parse", "100t", "100000000000000"],
  ["parse", "100T", "100000000000000"],
  ["parse", "100ti", "109951162777600"],
  ["parse", "100Ti", "109951162777600"],
  ["parse", "100p", "100000000000000000"],
  ["parse", "100P", "100000000000000000"],
  ["parse", "100pi", "112589990684262400"],
  ["parse", "100Pi", "112589990684262400"],
  ["parse", "10e", "10000000000000000000"],
  ["parse", "10E", "10000000000000000000"],
  ["parse", "10ei", "11529215046068469760"],
  ["parse", "10Ei", "11529215046068469760"],
  ["parse", "1e10", "10000000000"],
  ["parse", "3.2E4", "32000"],
  ["parse", "2.5e3K", "2500000"],
  ["parse", "1e3M", "1000000000"],
  ["parse", "4E2G", "400000000000"],
  ["parse", "5e1Gi", "53687091200"],
  ["parse", "1e-2", "0.01"],
  ["parse", "7.8E-1", "0.78"],
  ["parse", "6e3Mi", "6291456000"],
  ["parse", "42", "42"],
  ["parse", "-3.5E2m", "-0.35"],
];

// Inputs the suite expects an error for (undefined here).
const FAILING: [Fn, string][] = [
  ["parse_bytes", ""],
  ["parse_bytes", "GB"],
  ["parse_bytes", "foo"],
  ["parse_bytes", "0.0.0"],
  ["parse_bytes", ".5.2"],
  ["parse_bytes", "100 kb"],
  ["parse_bytes", " 327MiB "],
  ["parse_bytes", "10e10000000EiB"],
  ["parse", ""],
  ["parse", "G"],
  ["parse", "foo"],
  ["parse", "0.0.0"],
  ["parse", ".5.2"],
  ["parse", "100 k"],
  ["parse", " 327Mi "],
  ["parse", "10e10000000Ei"],
];

// Orderings the suite checks with < and >.
const GREATER: [Fn, string, string][] = [
  ['parse_bytes', '8kb', '7kb'],
  ['parse_bytes', '8gb', '8mb'],
  ['parse_bytes', '1gb', '1234kb'],
  ['parse_bytes', '3MiB', '3MB'],
  ['parse_bytes', '4Mi', '4M'],
  ['parse_bytes', '4.1Mi', '4Mi'],
];

describe('units built-ins', () => {
  const rt = new Runtime();
  const call = (fn: Fn, input: string): number => rt.exports[EXPORTS[fn]](rt.value(JSON.stringify(input)));

  test.each(EQUAL)('units.%s(%j) == %s', (fn, input, expected) => {
    const result = call(fn, input);
    expect(result).not.toBe(0);
    expect(rt.show(rt.exports.builtin_equal(result, rt.value(expected)))).toBe('true');
  });

  test.each(FAILING)('units.%s(%j) is undefined', (fn, input) => {
    expect(call(fn, input)).toBe(0);
  });

  test.each(GREATER)('units.%s(%j) > units.%s(%j)', (fn, a, b) => {
    expect(rt.show(rt.exports.builtin_gt(call(fn, a), call(fn, b)))).toBe('true');
  });

  test.each([
    ['parse', '1G', '1000000000'],
    ['parse', '1.1Ki', '1126.4000000000'],
    ['parse', '-3.5E2m', '-0.3500000000'],
    ['parse', '10e', '10000000000000000000'],
    ['parse', '1/3', 'undefined'],
    ['parse', '1x', 'undefined'],
    ['parse_bytes', '10eib', '11529215046068469760'],
    ['parse_bytes', '-1.5k', '-1500'],
    ['parse_bytes', '-1.1ki', '-1126'],
    ['parse_bytes', '+5', '5'],
  ] as [Fn, string, string][])('units.%s(%j) prints %s', (fn, input, text) => {
    expect(rt.show(call(fn, input))).toBe(text);
  });

  test('non-string arguments are undefined', () => {
    expect(rt.exports.builtin_units__parse(rt.value('1'))).toBe(0);
    expect(rt.exports.builtin_units__parse_bytes(rt.value('[]'))).toBe(0);
  });
});
