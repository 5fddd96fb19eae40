// Packages that no convention runs and that no other loaded module uses: loading them changes nothing, which a
// compliance gate must not let pass unmentioned.
import { diagnostic, type Diagnostic } from '../../diagnostics';
import { packageName, topLevelRuleNames, type ParsedSource } from './types';

/**
 * Packages no convention runs and no other loaded module refers to: loading them does nothing, so the run says so
 * as a policy error (a report problem), never passing on policies that were not run.
 */
export function unusedPackages(sources: readonly ParsedSource[], claimed: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const { module } of sources) {
    const pkg = packageName(module);
    if (claimed.has(pkg) || reported.has(pkg)) continue;
    const names = [...topLevelRuleNames(module)];
    if (names.length > 0 && names.every((n) => n.startsWith('test_') || n.startsWith('todo_test_'))) continue;
    const used = sources.some((other) => other.module !== module && packageName(other.module) !== pkg && other.file.source.includes(pkg.split('.').slice(0, 2).join('.')));
    if (used) continue;
    reported.add(pkg);
    out.push(diagnostic('policy_error', `package ${pkg} defines nothing plangate runs (no plangate METADATA rule, no conftest rule in the namespaces run, no Gatekeeper template) and no other policy uses it`, { file: module.package.loc.file, line: module.package.loc.line }));
  }
  return out;
}
