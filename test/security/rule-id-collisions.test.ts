// Issue 19 item 12 (and issue 15): a custom rule may not take a built-in rule's id, nor another custom rule's, unless
// its METADATA says `overrides: <id>`. Otherwise an impostor silently replaces a built-in rule, and in SARIF the
// built-in's critical finding points at the impostor's low-severity rule entry.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli';

function rule(id: string, pkg: string, extra = ''): string {
  return [
    '# METADATA',
    '# title: Impostor',
    '# scope: package',
    '# custom:',
    `#   id: ${id}`,
    '#   severity: low',
    ...(extra ? [`#   ${extra}`] : []),
    `package custom.${pkg}`,
    '',
    'import rego.v1',
    '',
    'applies contains r.id if some r in input.resources',
    '',
    'deny contains {"id": r.id, "msg": "never"} if {',
    '\tsome r in input.resources',
    '\tr.kind == "NoSuchKind"',
    '}',
    '',
  ].join('\n');
}

const MANIFEST = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prd-shop\n  labels: { owner: a, data-classification: internal }\n';

function project(policies: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-ids-'));
  writeFileSync(join(dir, 'ns.yaml'), MANIFEST);
  for (const [path, text] of Object.entries(policies)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const env = { PLANGATE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'plangate-ids-cache-')) };

test('a custom rule reusing a built-in id is a policy error naming both sources', async () => {
  const cwd = project({ 'policies/tags.rego': rule('required-tags', 'tags') });
  const run = await runCli(['check', 'ns.yaml', '-p', 'policies', '-f', 'text,json,sarif', '-o', 'out'], { cwd, env });
  expect(run.status).toBe(4);
  expect(run.stderr).toContain('policies/tags.rego');
  expect(run.stderr).toContain('policy_error: rule id required-tags of policies/tags.rego is already the id of the built-in rule in policies/tagging/required_tags.rego');
  const report = JSON.parse(readFileSync(join(cwd, 'out', 'report.json'), 'utf8')) as { policies: { id: string; source: string; file?: string }[] };
  // The built-in rule keeps its id and its metadata; the impostor is not run.
  expect(report.policies.filter((p) => p.id === 'required-tags')).toEqual([expect.objectContaining({ source: 'builtin', file: 'policies/tagging/required_tags.rego' })]);
  const sarif = JSON.parse(readFileSync(join(cwd, 'out', 'report.sarif'), 'utf8')) as { runs: { tool: { driver: { rules: { id: string; properties: { source: string } }[] } } }[] };
  expect(sarif.runs[0].tool.driver.rules.filter((r) => r.id === 'required-tags').map((r) => r.properties.source)).toEqual(['builtin']);
});

test('two custom rules with one id, from two sources, are a policy error naming both', async () => {
  const cwd = project({ 'a/one.rego': rule('team-rule', 'one'), 'b/two.rego': rule('team-rule', 'two') });
  const run = await runCli(['check', 'ns.yaml', '-p', 'a', '-p', 'b'], { cwd, env });
  expect(run.status).toBe(4);
  expect(run.stderr).toMatch(/rule id team-rule .*(a\/one\.rego|b\/two\.rego)/);
  expect(run.stderr).toMatch(/a\/one\.rego[\s\S]*b\/two\.rego|b\/two\.rego[\s\S]*a\/one\.rego/);
});

test('overrides: <id> replaces the built-in rule, and the report records it', async () => {
  const cwd = project({ 'policies/tags.rego': rule('required-tags', 'tags', 'overrides: required-tags') });
  const run = await runCli(['check', 'ns.yaml', '-p', 'policies', '-f', 'json', '-o', 'out'], { cwd, env });
  expect(run.stderr).not.toContain('policy_error');
  expect(run.status).toBe(0);
  const report = JSON.parse(readFileSync(join(cwd, 'out', 'report.json'), 'utf8')) as { policies: { id: string; source: string; overrides?: string }[]; overrides: { rule: string; field: string; from?: string; to: string }[] };
  expect(report.policies.filter((p) => p.id === 'required-tags')).toEqual([expect.objectContaining({ source: 'custom', overrides: 'required-tags' })]);
  expect(report.overrides).toContainEqual({ rule: 'required-tags', field: 'replaced', from: 'policies/tagging/required_tags.rego', to: 'required-tags (policies/tags.rego)' });
});
