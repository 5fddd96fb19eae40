// Issue 19, policies: a gzip-bomb bundle (promise 6), a custom rule whose 20,000 results carry 10 KB messages
// (promise 7) and precompiled modules calling sandboxed built-ins (promise 11). Each run ends with every report
// format written, the built-in library's results reported, and one clear line for what was refused.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRenderer, FORMAT_NAMES } from '../../src/report';
import { diagnosticLines, REPO, runCli, scratchDir, STACK_TRACE } from './cli';
import { writeGzipBomb } from './hostile-corpus';
import { writeHostilePolicy } from './hostile-policy';

const GOOD = join(REPO, 'fixtures/demo/kubernetes/payments.yaml');
const FILE_FORMATS = FORMAT_NAMES.filter((f) => f !== 'text');

const scratch = scratchDir('hostile-policies');
afterAll(() => scratch.remove());

interface ReportShape {
  results: { ruleId: string; status: string; message: string }[];
}

function readJsonReport(dir: string): ReportShape {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportShape;
}

test('a gzip-bomb bundle is refused at the decompressed-size limit; the library still runs', async () => {
  const dir = join(scratch.dir, 'bomb');
  mkdirSync(dir);
  const bomb = join(dir, 'bomb.tar.gz');
  writeGzipBomb(bomb, 200 * 1024 * 1024);
  const run = await runCli(['check', GOOD, '-p', bomb, '-f', 'json', '-o', join(dir, 'out')], { cwd: dir });
  expect(run.status).toBe(4);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(diagnosticLines(run.stderr)).toEqual([expect.stringMatching(/policy_error: invalid bundle: cannot decompress bundle: it decompresses to more than the 134217728-byte limit \(gzip bomb\?\); refused$/)]);
  expect(run.peakRssMiB).toBeLessThan(600);
  expect(readJsonReport(join(dir, 'out')).results.filter((r) => r.status === 'pass' || r.status === 'fail').length).toBeGreaterThan(0);
}, 120_000);

test('20,000 results of 10 KB messages: messages are capped with a note, and every format is written', async () => {
  const dir = join(scratch.dir, 'messages');
  mkdirSync(dir);
  const policy = join(dir, 'flood.rego');
  writeFileSync(policy, `# METADATA
# title: Flood of long messages
# scope: package
# custom:
#   id: flood
#   severity: low
#   category: tagging
package plangate.rules.flood

import rego.v1

big := concat("", [x | some _ in numbers.range(1, 1000); x := "0123456789"])

deny contains {"id": sprintf("flood#r%d", [i]), "msg": sprintf("%d %s", [i, big])} if {
	some i in numbers.range(1, 20000)
}
`);
  const out = join(dir, 'out');
  // 200 MB of messages take more than the default 1024 MiB of module memory to build: the policy is given room, so
  // that what is tested is the report, not the evaluation limit (which test/security/resource-limits.test.ts covers).
  const run = await runCli(['check', GOOD, '-p', policy, '--max-memory', '2048', '-f', FORMAT_NAMES.join(','), '-o', out], { cwd: dir });
  expect(run.stderr).not.toMatch(/internal_error|Invalid string length/);
  expect(run.status).toBe(1);
  for (const format of FILE_FORMATS) expect(run.stderr).toContain(`plangate: wrote ${join(out, findRenderer(format).fileName)}`);
  expect(run.stderr.match(/plangate: wrote /g)).toHaveLength(FILE_FORMATS.length);
  const flood = readJsonReport(out).results.filter((r) => r.ruleId === 'flood');
  expect(flood).toHaveLength(20_000);
  expect(flood.every((r) => r.status === 'fail')).toBe(true);
  expect(Math.max(...flood.map((r) => r.message.length))).toBeLessThan(4200);
  expect(flood.some((r) => /\[message cut: \d+ more characters\]$/.test(r.message))).toBe(true);
  expect(flood.some((r) => /^\(message omitted: the results of flood passed 8388608 characters of messages\)$/.test(r.message))).toBe(true);
  expect(run.seconds).toBeLessThan(60);
  // The 200 MB of messages exist in the evaluating module, its worker and once in the main thread before the caps.
  expect(run.peakRssMiB).toBeLessThan(2048);
}, 120_000);

test('a FIFO named like a policy in a policy folder is refused without blocking', async () => {
  const dir = join(scratch.dir, 'fifo-policy');
  mkdirSync(join(dir, 'policies'), { recursive: true });
  execFileSync('mkfifo', [join(dir, 'policies', 'stuck.rego')]);
  const run = await runCli(['check', GOOD, '-p', 'policies', '-f', 'json', '-o', join(dir, 'out')], { cwd: dir });
  expect(run.status).toBe(4);
  expect(diagnosticLines(run.stderr)).toEqual(['policies/stuck.rego: policy_error: cannot read policy: not a regular file but a FIFO (named pipe); not read']);
  expect(run.seconds).toBeLessThan(30);
}, 60_000);

describe('precompiled modules meet the same sandbox', () => {
  const dir = join(scratch.dir, 'precompiled');
  let wasm: string;
  let bundle: string;

  beforeAll(async () => {
    mkdirSync(dir);
    const policy = writeHostilePolicy(dir, 'clock-reader', 'time.now_ns() < 0');
    wasm = join(dir, 'clock.wasm');
    bundle = join(dir, 'clock.tar.gz');
    for (const target of [wasm, bundle]) {
      const entrypoints = ['-e', 'plangate/rules/clock_reader/deny', '-e', 'plangate/rules/clock_reader/applies'];
      const compiled = await runCli(['compile', policy, ...entrypoints, '--allow-builtin', 'time.now_ns', '-o', target], { cwd: dir });
      expect(compiled.status).toBe(0);
    }
  }, 120_000);

  test.each([['a .wasm module', () => wasm], ['a bundle', () => bundle]])('%s calling time.now_ns is refused without allowBuiltins', async (_name, path) => {
    const run = await runCli(['check', GOOD, '-p', path(), '-f', 'json', '-o', join(dir, 'out-refused')], { cwd: dir });
    expect(run.status).toBe(4);
    expect(diagnosticLines(run.stderr)).toEqual([`${path()}: policy_error: the module calls time.now_ns, not allowed in the policy sandbox (allowBuiltins: in plangate.yaml allows them)`]);
    expect(readJsonReport(join(dir, 'out-refused')).results.some((r) => /clock/.test(r.ruleId))).toBe(false);
  }, 60_000);

  test('with allowBuiltins: [time.now_ns] the module runs', async () => {
    const allowed = join(dir, 'allowed');
    mkdirSync(allowed);
    writeFileSync(join(allowed, 'plangate.yaml'), 'allowBuiltins: [time.now_ns]\n');
    const run = await runCli(['check', GOOD, '-p', wasm, '-f', 'json', '-o', join(allowed, 'out')], { cwd: allowed });
    expect(run.stderr).not.toMatch(/policy_error/);
    // A bare .wasm carries no METADATA: its rule is named after its package.
    expect(readJsonReport(join(allowed, 'out')).results.filter((r) => r.ruleId === 'plangate.rules.clock_reader' && r.status === 'pass').length).toBeGreaterThan(0);
  }, 60_000);
});
