import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureCopy, REPO_ROOT, runPlangate } from './run-cli';

const SAMPLE = `package example

import rego.v1

default allow := false

allow if {
	input.user == "alice"
	some role in input.roles
	role == "admin"
}

reasons contains sprintf("user %s is not alice", [input.user]) if input.user != "alice"
`;

/**
 * Evaluates a compiled module in a plain Node script (a child process), with the OPA SDK only: proof that the
 * module honours OPA's Wasm ABI without any plangate code around it.
 */
function evaluateWithOpaSdk(wasmPath: string, entrypoint: string, input: unknown): unknown {
  const script = `
const { loadPolicy } = require('@open-policy-agent/opa-wasm');
const bytes = require('node:fs').readFileSync(process.argv[1]);
loadPolicy(bytes).then((policy) => {
  policy.setData({});
  process.stdout.write(JSON.stringify(policy.evaluate(JSON.parse(process.argv[3]), process.argv[2])));
});`;
  const out = execFileSync(process.execPath, ['-e', script, wasmPath, entrypoint, JSON.stringify(input)], { cwd: REPO_ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

describe('plangate compile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-compile-'));
  writeFileSync(join(dir, 'example.rego'), SAMPLE);
  writeFileSync(join(dir, 'example_test.rego'), 'package example\n\nimport rego.v1\n\ntest_x if allow\n');

  test('writes a .wasm module the OPA SDK evaluates correctly', () => {
    const run = runPlangate(['compile', 'example.rego', '-o', 'out/policy.wasm', '-e', 'example/allow', '-e', 'example/reasons'], dir);
    expect(run.stderr).toBe('plangate: wrote out/policy.wasm (1 Rego file; entrypoints example/allow, example/reasons)\n');
    expect(run.code).toBe(0);
    const wasm = join(dir, 'out', 'policy.wasm');
    expect(evaluateWithOpaSdk(wasm, 'example/allow', { user: 'alice', roles: ['dev', 'admin'] })).toEqual([{ result: true }]);
    expect(evaluateWithOpaSdk(wasm, 'example/allow', { user: 'alice', roles: ['dev'] })).toEqual([{ result: false }]);
    expect(evaluateWithOpaSdk(wasm, 'example/reasons', { user: 'bob', roles: [] })).toEqual([{ result: ['user bob is not alice'] }]);
  });

  test('writes an OPA bundle (.tar.gz) with the module, data, manifest and Rego sources (tests left out)', () => {
    const run = runPlangate(['compile', '.', '-o', 'bundle.tar.gz', '-e', 'example/allow'], dir);
    expect(run.code).toBe(0);
    const listing = execFileSync('tar', ['-tzf', join(dir, 'bundle.tar.gz')], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing).toEqual(['/data.json', '/example.rego', '/policy.wasm', '/.manifest']);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', join(dir, 'bundle.tar.gz'), '/.manifest'], { encoding: 'utf8' }));
    expect(manifest.wasm).toEqual([{ entrypoint: 'example/allow', module: '/policy.wasm' }]);
  });

  test('plangate check runs a compiled bundle of rules with their metadata', () => {
    const rules = fixtureCopy();
    const compiled = runPlangate(['compile', 'policies', '-o', 'out/rules.tar.gz', '-e', 'plangate/rules/test_no_privileged/deny', '-e', 'plangate/rules/test_no_privileged/applies'], rules);
    expect(compiled.code).toBe(0);
    const listing = execFileSync('tar', ['-tzf', join(rules, 'out', 'rules.tar.gz')], { encoding: 'utf8' });
    expect(listing).toContain('/policies/privileged.rego');
    const run = runPlangate(['check', 'k8s', '--no-builtin', '-p', 'out/rules.tar.gz'], rules);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('test-no-privileged Containers do not run privileged (CLI test rule) (high, 1)');
    expect(run.stdout).toContain('Deployment/shop/web: container web runs privileged');
  });

  test('compile errors are file:line:col: code: message lines, exit 4, nothing written', () => {
    writeFileSync(join(dir, 'broken.rego'), 'package broken\n\nimport rego.v1\n\nallow if input.x\n\ndeny if {\n\tinput.z\n\ty == 1\n}\n');
    const run = runPlangate(['compile', 'broken.rego', '-o', 'broken.wasm', '-e', 'broken/allow'], dir);
    expect(run.code).toBe(4);
    expect(run.stderr).toBe('broken.rego:9:2: rego_unsafe_var_error: var y is unsafe\n');
    expect(existsSync(join(dir, 'broken.wasm'))).toBe(false);
  });

  test.each([
    ['an output that is neither .wasm nor .tar.gz', ['example.rego', '-o', 'policy.zip', '-e', 'example/allow'], 2, 'usage_error: -o policy.zip: the output must end .wasm or .tar.gz'],
    ['no entrypoint', ['example.rego', '-o', 'policy.wasm'], 2, 'usage_error: no entrypoint'],
    ['no output', ['example.rego', '-e', 'example/allow'], 2, "required option '-o, --output <file>' not specified"],
  ])('%s is a usage error', (_name, args, code, message) => {
    const run = runPlangate(['compile', ...args], dir);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  test('--schema types input: a path the schema does not have fails with file, line and the path', () => {
    writeFileSync(join(dir, 'user.schema.json'), JSON.stringify({ type: 'object', additionalProperties: false, properties: { user: { type: 'string' }, roles: { type: 'array', items: { type: 'string' } } } }));
    const ok = runPlangate(['compile', 'example.rego', '-o', 'out/typed.wasm', '-e', 'example/allow', '--schema', 'user.schema.json'], dir);
    expect(ok.code).toBe(0);
    writeFileSync(join(dir, 'typo.rego'), 'package typo\n\nallow if input.usr == "alice"\n');
    const typo = runPlangate(['compile', 'typo.rego', '-o', 'out/typo.wasm', '-e', 'typo/allow', '--schema', 'user.schema.json'], dir);
    expect(typo.code).toBe(4);
    expect(typo.stderr).toContain('typo.rego:3:10: rego_type_error: undefined ref: input.usr');
    expect(typo.stderr).toContain('want (one of): ["roles" "user"]');
    const untyped = runPlangate(['compile', 'typo.rego', '-o', 'out/typo.wasm', '-e', 'typo/allow'], dir);
    expect(untyped.code).toBe(0);
  });
});
