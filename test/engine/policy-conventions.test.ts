// A loaded package must never do nothing in silence: packages no convention runs are reported, a policy folder
// with no rule at all is an error, and plangate's METADATA rules and conftest packages load side by side.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/engine';

const POD = join(__dirname, '..', '..', 'fixtures', 'conftest', 'namespaces', 'pod.yaml');

function policies(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-conventions-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function run(files: Record<string, string>): Promise<{ problems: string[]; rules: string[]; verdict: string }> {
  const { report, diagnostics } = await check({ paths: [POD], policies: [policies(files)], builtin: false, cacheDir: false });
  return {
    problems: diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
    rules: report.policies.map((p) => p.id).sort(),
    verdict: report.verdict,
  };
}

const CONFTEST_RULE = 'package main\n\ndeny contains "bare pod" if input.kind == "Pod"\n';
const PLANGATE_RULE = `# METADATA
# title: Pods name a team
# custom:
#   id: acme-pod-team
package acme.pod_team

applies contains r.id if some r in input.resources

deny contains {"id": r.id, "msg": "no team label"} if {
	some r in input.resources
	not r.labels.team
}
`;

describe('policy conventions', () => {
  test('plangate METADATA rules and conftest packages run side by side', async () => {
    const got = await run({ 'main.rego': CONFTEST_RULE, 'team.rego': PLANGATE_RULE });
    expect(got).toEqual({ problems: [], rules: ['acme-pod-team', 'main.deny'], verdict: 'fail' });
  });

  test('a package that defines nothing plangate runs and that nothing uses is a policy error (a report problem)', async () => {
    const got = await run({ 'main.rego': CONFTEST_RULE, 'orphan.rego': 'package orphan\n\nallow := true\n' });
    expect(got.problems).toEqual(['error policy_error: package data.orphan defines nothing plangate runs (no plangate METADATA rule, no conftest rule in the namespaces run, no Gatekeeper template) and no other policy uses it']);
    expect(got.rules).toEqual(['main.deny']);
    expect(got.verdict).toBe('error');
  });

  test('a helper package another policy imports is not reported', async () => {
    const helper = 'package lib.pods\n\nbare(obj) if obj.kind == "Pod"\n';
    const user = 'package main\n\nimport data.lib.pods\n\ndeny contains "bare pod" if pods.bare(input)\n';
    expect((await run({ 'lib.rego': helper, 'main.rego': user })).problems).toEqual([]);
  });

  test('policies defining no rule at all are an error: the run cannot pass on them', async () => {
    const got = await run({ 'allow.rego': 'package main\n\nallow := true\n' });
    expect(got.problems).toEqual([expect.stringContaining('error policy_error: package data.main defines nothing plangate runs')]);
    expect(got.verdict).toBe('error');
    // Helpers that use each other but define no rule: nothing is unused, and still nothing runs.
    const pair = await run({ 'a.rego': 'package a\n\nimport data.b\n\nx := b.y\n', 'b.rego': 'package b\n\nimport data.a\n\ny := 1\n' });
    expect(pair.problems).toEqual([expect.stringContaining('error policy_error: the policies define no rule plangate runs')]);
    expect(pair.verdict).toBe('error');
  });

  test('a conftest rule whose value is no set of messages gives unknown results, not passes', async () => {
    const { report } = await check({ paths: [POD], policies: [policies({ 'main.rego': 'package main\n\ndeny := "oops"\n' })], builtin: false, cacheDir: false });
    expect(report.results.map((r) => `${r.status}: ${r.message}`)).toEqual(['unknown: conftest rule main.deny produced a string, not a set of messages']);
  });
});
