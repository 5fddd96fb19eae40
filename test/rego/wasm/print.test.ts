// Golden dumps of linked modules (fake runtime, generated functions only) and an independent validation of
// emitted modules with binaryen, run in a child process because binaryen.js is an ES module.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Policy } from '../../../src/rego/ir/types';
import { emitPolicyModule, printModule, readModule } from '../../../src/rego/wasm';
import { importedFuncCount } from '../../../src/rego/wasm/encoder/module';
import { fakeRuntimeBytes, fakeRuntimeModule } from '../../support/fake-runtime';
import { expectGolden } from '../../support/golden';
import { at, block, bool, loc, PolicyBuilder, resultOf } from '../../support/ir-builders';
import { builtRuntime } from '../../support/wasm-runtime';

/** A partial set over input.items with a negation, a with scope and a host built-in. */
function scanNotWithPolicy(): Policy {
  const b = new PolicyBuilder().builtin('custom.check', 1);
  const file = b.file('example.rego');
  b.func('g0.data.example.names', [0, 1], 2, [
    block({ kind: 'MakeSetStmt', target: 2 },
      { kind: 'DotStmt', source: loc(0), key: b.str('items'), target: 3 },
      { kind: 'ScanStmt', source: 3, key: 4, value: 5, block: block(
        { kind: 'NotStmt', block: block({ kind: 'DotStmt', source: loc(5), key: b.str('hidden'), target: 6 }) },
        { kind: 'CallStmt', func: 'custom.check', args: [loc(5)], result: 7 },
        { kind: 'SetAddStmt', value: loc(7), set: 2 },
      ) }),
    block({ kind: 'ReturnLocalStmt', source: 2 }),
  ], ['g0', 'example', 'names']);
  b.plan('example/names', block(
    { kind: 'WithStmt', local: 0, path: [b.strIndex('mode')], value: bool(true), block: block(
      { kind: 'CallStmt', func: 'g0.data.example.names', args: [loc(0), loc(1)], result: 2 },
    ) },
    at({ kind: 'AssignVarOnceStmt', source: loc(2), target: 3 }, 4, 1, file),
    ...resultOf(b, 3, 4),
  ));
  return b.build();
}

test('golden dump of the generated functions', () => {
  const bytes = emitPolicyModule(scanNotWithPolicy(), { runtime: fakeRuntimeBytes(), lookupBuiltin: () => undefined });
  const runtime = fakeRuntimeModule();
  const text = printModule(readModule(bytes), { bodiesFrom: importedFuncCount(runtime) + runtime.functions.length });
  expectGolden(text, join(__dirname, 'golden', 'scan-not-with.txt'));
});

test('the printer labels runtime bodies it cannot decode instead of failing', () => {
  const m = fakeRuntimeModule();
  m.code[0] = new Uint8Array([0, 0xfd, 0x0c, 0x0b]);
  expect(printModule(m)).toContain('bytes not decoded: unsupported opcode 0xfd');
});

const runtime = builtRuntime();
(runtime ? test : test.skip)('binaryen validates a module linked into build/runtime.wasm', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-binaryen-'));
  const file = join(dir, 'policy.wasm');
  writeFileSync(file, emitPolicyModule(scanNotWithPolicy(), { runtime, lookupBuiltin: () => undefined }));
  const script = `import binaryen from 'binaryen'; import { readFileSync } from 'node:fs';
const m = binaryen.readBinary(readFileSync(process.argv[1])); m.setFeatures(binaryen.Features.All);
process.stdout.write(m.validate() ? 'valid' : 'invalid');`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: join(__dirname, '..', '..', '..'), encoding: 'utf8' });
  expect(out).toBe('valid');
});
