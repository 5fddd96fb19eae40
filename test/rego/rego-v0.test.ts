// Rego v0 as `opa --v0-compatible` reads it: each v0-specific behaviour, v0 modules beside their v1 twins (same
// results), v0 and v1 modules compiled together, deprecated built-ins, and errors naming the version in use.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { bundleFileRegoVersion, compileRego, createHostImplementations, parseModule, parseModuleWithVersionHint, type RegoModuleSource, type RegoVersion } from '../../src/rego';
import { PlangateError } from '../../src/diagnostics';

async function evaluate(sources: RegoModuleSource[], entrypoint: string, input: unknown, regoVersion?: RegoVersion): Promise<unknown> {
  const { wasm } = compileRego(sources, { entrypoints: [entrypoint], ...(regoVersion ? { regoVersion } : {}) });
  const policy = await loadPolicy(wasm, undefined, createHostImplementations().builtins);
  return (policy.evaluate(input, entrypoint) as { result?: unknown }[])[0]?.result;
}

function messages(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof PlangateError) return err.diagnostics.map((d) => `${d.code}: ${d.message}`);
    throw err;
  }
  return [];
}

// A module written in v0 and the same module in v1: the results must be identical.
const TWINS: { name: string; v0: string; v1: string; input: unknown }[] = [
  {
    name: 'partial set rules without contains',
    v0: 'package t\ndeny[msg] { input.x > 1; msg := sprintf("x is %d", [input.x]) }\ndeny[msg] { input.y; msg := "y" }',
    v1: 'package t\ndeny contains msg if { input.x > 1; msg := sprintf("x is %d", [input.x]) }\ndeny contains msg if { input.y; msg := "y" }',
    input: { x: 3, y: true },
  },
  {
    name: 'complete rules, defaults and else without if',
    v0: 'package t\ndefault allow = false\nallow { input.user == "admin" }\nlevel = "high" { input.x > 2 } else = "low" { true }',
    v1: 'package t\ndefault allow := false\nallow if { input.user == "admin" }\nlevel := "high" if { input.x > 2 } else := "low"',
    input: { user: 'admin', x: 3 },
  },
  {
    name: 'partial objects and functions without if',
    v0: 'package t\nby_name[n] = c { c := input.containers[_]; n := c.name }\nimage_of(c) = i { i := c.image }\nimages := [image_of(c) | c := input.containers[_]]',
    v1: 'package t\nby_name[n] := c if { some c in input.containers; n := c.name }\nimage_of(c) := c.image\nimages := [image_of(c) | some c in input.containers]',
    input: { containers: [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'redis' }] },
  },
  {
    name: 'several bodies for one head (p { a } { b })',
    v0: 'package t\nallow { input.a } { input.b }',
    v1: 'package t\nallow if input.a\nallow if input.b',
    input: { b: true },
  },
  {
    name: 'future.keywords imports',
    v0: 'package t\nimport future.keywords\ndeny contains msg if { some c in input.cs; not startswith(c, "ok"); msg := c }\nall_ok if { every c in input.cs { startswith(c, "ok") } }',
    v1: 'package t\ndeny contains msg if { some c in input.cs; not startswith(c, "ok"); msg := c }\nall_ok if { every c in input.cs { startswith(c, "ok") } }',
    input: { cs: ['ok1', 'bad'] },
  },
  {
    name: 'deprecated built-ins and their successors',
    v0: 'package t\nout := [any([false, true]), all([true, false]), re_match("^a+$", "aa"), set_diff({1, 2, 3}, {2}), net.cidr_overlap("10.0.0.0/8", "10.2.0.0/16"), cast_array({3, 1}), cast_set([1, 1]), cast_string("s"), cast_boolean(true), cast_null(null), cast_object({"a": 1})]',
    v1: 'package t\nout := [true in [false, true], count([x | some x in [true, false]; x == false]) == 0, regex.match("^a+$", "aa"), {1, 2, 3} - {2}, net.cidr_contains("10.0.0.0/8", "10.2.0.0/16"), sort({3, 1}), {x | some x in [1, 1]}, "s", true, null, {"a": 1}]',
    input: {},
  },
];

describe('Rego v0 (OPA --v0-compatible)', () => {
  test.each(TWINS)('a v0 module and its v1 twin give identical results: $name', async ({ v0, v1, input }) => {
    const fromV0 = await evaluate([{ path: 'p.rego', source: v0 }], 't', input, 'v0');
    const fromV1 = await evaluate([{ path: 'p.rego', source: v1 }], 't', input);
    expect(fromV0).toEqual(fromV1);
    expect(fromV0).not.toEqual({});
  });

  test('the v0 twins are refused as v1, with a hint to use v0', () => {
    for (const { v0, name } of TWINS.filter((t) => !t.name.startsWith('future'))) {
      const got = messages(() => compileRego([{ path: 'p.rego', source: v0 }], { entrypoints: ['t'] }));
      expect({ name, refusedWithHint: got.length > 0 && got.filter((m) => !m.includes('error limit')).every((m) => m.includes('v0')), got }).toEqual({ name, refusedWithHint: true, got });
    }
  });

  test.each([
    ['if', 'package t\nif := 1\nout := if + 1', 2],
    ['in', 'package t\nin := [1]\nout := count(in)', 1],
    ['every', 'package t\nevery[x] { x := input.xs[_] }\nout := count(every)', 2],
    ['contains (the built-in)', 'package t\nout { contains(input.s, "b") }', true],
  ])('keywords v0 has not imported are names: %s', async (_, source, want) => {
    const out = (await evaluate([{ path: 'p.rego', source }], 't', { xs: [1, 2], s: 'abc' }, 'v0')) as Record<string, unknown>;
    expect(out.out).toEqual(want);
  });

  test('an imported future keyword is a keyword again (and only that one)', () => {
    expect(messages(() => parseModule('p.rego', 'package t\nimport future.keywords.in\nin := 1', { regoVersion: 'v0' })).join()).toMatch(/unexpected (in|assign)/);
    expect(messages(() => parseModule('p.rego', 'package t\nimport future.keywords.in\nif := 1', { regoVersion: 'v0' }))).toEqual([]);
  });

  test('import rego.v1 makes a v0 module v1', () => {
    const got = messages(() => compileRego([{ path: 'p.rego', source: 'package t\nimport rego.v1\np { true }' }], { entrypoints: ['t'], regoVersion: 'v0' }));
    expect(got).toEqual(['rego_parse_error: `if` keyword is required before rule body']);
  });

  test('v0 lets locals shadow input and data; v1 refuses', async () => {
    const source = 'package t\np { input := {"x": 5}; input.x == 5 }\nq { data := 1; data == 1 }';
    expect(await evaluate([{ path: 'p.rego', source }], 't', {}, 'v0')).toEqual({ p: true, q: true });
    const v1 = source.replace(/^([pq]) \{/gm, '$1 if {');
    expect(messages(() => compileRego([{ path: 'p.rego', source: v1 }], { entrypoints: ['t'] }))).toEqual([
      'rego_compile_error: variables must not shadow input (use a different variable name)',
      'rego_compile_error: variables must not shadow data (use a different variable name)',
    ]);
  });

  test.each(['any', 'all', 're_match', 'set_diff', 'cast_array', 'cast_set', 'cast_string', 'cast_boolean', 'cast_null', 'cast_object', 'net.cidr_overlap'])(
    'the deprecated built-in %s is refused in v1 modules, naming the version',
    (name) => {
      const args = name === 're_match' || name === 'net.cidr_overlap' ? '"a", "b"' : name === 'set_diff' ? 'set(), set()' : '[]';
      const got = messages(() => compileRego([{ path: 'p.rego', source: `package t\np := ${name}(${args})` }], { entrypoints: ['t'] }));
      expect(got).toEqual([`rego_type_error: deprecated built-in function calls in expression: ${name} (Rego v1; it is offered to Rego v0 modules: --rego-version v0)`]);
    },
  );

  test('v0 and v1 modules compile together, each read in its own version (a bundle with file_rego_versions)', async () => {
    const out = await evaluate(
      [
        { path: 'old.rego', source: 'package old\ndeny[m] { input.x; m := "x" }', regoVersion: 'v0' },
        { path: 'new.rego', source: 'package new\nimport data.old\ndeny contains m if { some m in old.deny }' },
      ],
      'new/deny',
      { x: true },
    );
    expect(out).toEqual(['x']);
  });

  test('a v1 module refused as v0 names the version and suggests v1', () => {
    const got = messages(() => parseModuleWithVersionHint('p.rego', 'package t\np contains x if { x := 1 }', { regoVersion: 'v0' }));
    expect(got[0]).toBe('rego_parse_error: var cannot be used for rule name (hint: read as Rego v0, the file parses as Rego v1: use --rego-version v1 or regoVersion: v1)');
  });

  test('errors of a file that parses in neither version carry no hint', () => {
    expect(messages(() => parseModuleWithVersionHint('p.rego', 'package t\np := ', { regoVersion: 'v0' })).join()).not.toMatch(/parses as/);
  });

  test('the compile cache tells versions apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'v0-cache-'));
    const source = 'package t\nall_true := all([true])';
    expect(compileRego([{ path: 'p.rego', source }], { entrypoints: ['t'], regoVersion: 'v0', cacheDir: dir }).wasm.length).toBeGreaterThan(0);
    expect(messages(() => compileRego([{ path: 'p.rego', source }], { entrypoints: ['t'], cacheDir: dir }))[0]).toMatch(/deprecated built-in/);
  });

  test.each([
    [{ rego_version: 0 }, 'a/b.rego', 'v0'],
    [{ rego_version: 1 }, 'a/b.rego', 'v1'],
    [{}, 'a/b.rego', 'v1'],
    [{ rego_version: 1, file_rego_versions: { '/legacy/*.rego': 0 } }, '/legacy/old.rego', 'v0'],
    [{ rego_version: 1, file_rego_versions: { '/legacy/*.rego': 0 } }, '/legacy/deep/old.rego', 'v1'],
    [{ rego_version: 0, file_rego_versions: { 'new/**': 1 } }, 'new/x/y.rego', 'v1'],
  ])('a bundle manifest %j makes %s Rego %s (OPA: file_rego_versions, then rego_version, else v1)', (manifest, path, want) => {
    expect(bundleFileRegoVersion({ revision: '', roots: [''], wasm: [], ...manifest }, path)).toBe(want);
  });
});
