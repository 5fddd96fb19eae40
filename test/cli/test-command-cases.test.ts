// `plangate test` as `opa test` (≥ 1.2) runs tests: parameterized tests run each case and report it by name,
// non-deterministic built-ins are allowed (the sandbox is for `check`), and a large suite compiles once and runs
// in a module whose memory is sized from the module.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPlangate } from './run-cli';

function suite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-test-cases-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

const CONCAT = `package example_test

test_concat[note] if {
  some note, tc in {
    "empty + empty": {"a": [], "b": [], "exp": []},
    "empty + filled": {"a": [], "b": [1, 2], "exp": [1, 2]},
    "filled + filled": {"a": [1, 2], "b": [3, 4], "exp": [1, 2, 3]},
  }
  act := array.concat(tc.a, tc.b)
  act == tc.exp
}

test_plain if true
`;

const NESTED = `package nested_test

test_upper[note][word] if {
  some note, tc in {"lower": {"in": "a"}, "mixed": {"in": "aB"}}
  some word in ["x", "y"]
  upper(concat("", [tc.in, word])) == concat("", [upper(tc.in), upper(word)])
  note != "mixed"
}
`;

describe('plangate test: parameterized tests', () => {
  test('each case runs and is reported by name; the test fails when one case fails', () => {
    const run = runPlangate(['test', '.'], suite({ 'concat_test.rego': CONCAT }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL: concat_test.rego:3: data.example_test.test_concat (1 of 3 cases failed)\n  empty + empty: PASS\n  empty + filled: PASS\n  filled + filled: FAIL\n');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  test('nested case names print as a tree', () => {
    const run = runPlangate(['test', '.'], suite({ 'nested_test.rego': NESTED }));
    expect(run.stdout).toContain('  lower: PASS\n    x: PASS\n    y: PASS\n  mixed: FAIL\n    x: FAIL\n    y: FAIL\n');
  });

  test('a parameterized test whose cases all pass passes, its cases listed with -v', () => {
    const passing = CONCAT.replace('"exp": [1, 2, 3]', '"exp": [1, 2, 3, 4]');
    const run = runPlangate(['test', '.', '-v'], suite({ 'concat_test.rego': passing }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASS: concat_test.rego:3: data.example_test.test_concat\n  empty + empty: PASS\n');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2 passed, 0 failed');
  });

  test('a parameterized test with no cases fails instead of passing silently', () => {
    const run = runPlangate(['test', '.'], suite({ 'empty_test.rego': 'package e_test\n\ntest_none[note] if {\n  some note in []\n  note == 1\n}\n' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL: empty_test.rego:3: data.e_test.test_none (no test cases)');
  });
});

describe('plangate test: non-deterministic built-ins', () => {
  test('time.now_ns and rand.intn are allowed in tests (opa test allows them)', () => {
    const source = 'package clock_test\n\ntest_clock if time.now_ns() > 0\n\ntest_random if rand.intn("k", 10) < 10\n';
    const run = runPlangate(['test', '.'], suite({ 'clock_test.rego': source }));
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2 passed, 0 failed');
    expect(run.code).toBe(0);
  });
});

describe('plangate test: scale', () => {
  // 1,200 files and 2,000 tests compile into one module whose static data (a 400-character string per file) needs
  // 12 pages of memory, more than the SDK's default of 5: instantiating it over the default fails.
  test('a 1,200-file, 2,000-test suite completes and prints its closing line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangate-test-scale-'));
    mkdirSync(join(dir, 'policies'));
    const filler = 'x'.repeat(400);
    let tests = 0;
    for (let i = 0; i < 1200; i++) {
      const count = i < 800 ? 2 : 1;
      let source = `package gen.p${i}\n\nlimit := ${i}\n\ndoc := "policy ${i}: ${filler}"\n\nallow if input.v < limit\n\n`;
      for (let k = 0; k < count; k++, tests++) {
        source += `test_case_${k} if {\n  allow with input as {"v": ${i - 1}}\n  startswith(doc, "policy ${i}:")\n  count([x | some x in [1, 2, 3]; x > ${k}]) == ${3 - k}\n}\n\n`;
      }
      writeFileSync(join(dir, 'policies', `p${i}_test.rego`), source);
    }
    expect(tests).toBe(2000);
    const run = runPlangate(['test', 'policies'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2000 passed, 0 failed');
    expect(run.code).toBe(0);
  }, 600_000);
});
