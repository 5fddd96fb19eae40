// A custom Rego package that plangate loads but never runs (no rule outputs, not imported or referenced by any other
// module, not a test package) would check nothing while the run looks complete: each one is reported as a problem.
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Module } from '../rego';

const isTestRule = (name: string): boolean => name.startsWith('test_') || name.startsWith('todo_test_');

function packageName(module: Module): string {
  return module.package.path.path.map((t) => (t.kind === 'String' ? t.value : '?')).join('.');
}

/** Whether `text` refers to `data.<name>` (as an import or a reference), not to a longer name that starts the same. */
function refersTo(text: string, name: string): boolean {
  const pattern = new RegExp(`\\bdata\\.${name.replace(/\./g, '\\.')}(?![A-Za-z0-9_])`);
  return pattern.test(text);
}

/**
 * Packages of `modules` that define nothing plangate runs: none of their modules defines a rule (`rulePackages`),
 * no other package refers to them, and they hold rules other than tests.
 */
export function findIdlePackages(modules: readonly Module[], sources: ReadonlyMap<string, string>, rulePackages: ReadonlySet<string>): Diagnostic[] {
  const byPackage = new Map<string, Module[]>();
  for (const m of modules) byPackage.set(packageName(m), [...(byPackage.get(packageName(m)) ?? []), m]);
  const problems: Diagnostic[] = [];
  for (const [name, members] of byPackage) {
    // The library's helpers (plangate.lib.*) come with custom Rego that imports any of them, used or not.
    if (rulePackages.has(name) || name.startsWith('plangate.lib.')) continue;
    const names = members.flatMap((m) => m.rules.map((r) => r.head.name));
    if (names.length === 0 || names.every(isTestRule)) continue;
    const referenced = modules.some((other) => packageName(other) !== name && refersTo(sources.get(other.loc.file) ?? '', name));
    if (referenced) continue;
    const first = members[0];
    problems.push(diagnostic('policy_error', `package ${name} defines no rule plangate runs (a rule package defines deny, with applies and unknown, and an id in its METADATA) and no other policy uses it, so it checks nothing`, { file: first.loc.file, line: first.package.loc.line }));
  }
  return problems;
}
