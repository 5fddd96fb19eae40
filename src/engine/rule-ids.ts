// One id, one rule: a custom rule may not take the id of another rule (a built-in one, or one of another custom
// source) unless its METADATA says `overrides: <id>`. A silent collision would let an impostor replace a built-in
// rule, or give a critical finding the metadata of a low-severity rule in SARIF; so it is a policy error.
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Override } from '../report/model';
import type { LoadedRule, PolicySet } from './policy-set';

/** The rules not to report (colliding or replaced), the replacements for the report, and the errors. */
export interface RuleIdCheck {
  dropped: Set<LoadedRule>;
  replaced: Override[];
  errors: Diagnostic[];
}

function sourceOf(rule: LoadedRule, set: PolicySet): string {
  return rule.meta.file ?? set.name;
}

function location(rule: LoadedRule, set: PolicySet): { file: string } {
  return { file: sourceOf(rule, set) };
}

/**
 * Checks rule ids across sets (built-in first): a rule whose id another set already has is dropped with a
 * policy_error naming both sources; a custom rule declaring `overrides: <id>` replaces that rule instead.
 */
export function checkRuleIds(sets: readonly PolicySet[]): RuleIdCheck {
  const errors: Diagnostic[] = [];
  const replaced: Override[] = [];
  const owner = new Map<string, { rule: LoadedRule; set: PolicySet }>();
  const dropped = new Set<LoadedRule>();
  for (const set of sets) {
    for (const rule of set.rules) {
      const earlier = owner.get(rule.meta.id);
      if (earlier && rule.meta.overrides !== rule.meta.id) {
        dropped.add(rule);
        errors.push(diagnostic('policy_error', `rule id ${rule.meta.id} of ${sourceOf(rule, set)} is already the id of the ${earlier.rule.source === 'builtin' ? 'built-in ' : ''}rule in ${sourceOf(earlier.rule, earlier.set)}; choose another id, or declare "overrides: ${rule.meta.id}" in the METADATA custom section to replace that rule`, location(rule, set)));
        continue;
      }
      owner.set(rule.meta.id, { rule, set });
    }
  }
  for (const set of sets) {
    for (const rule of set.rules) {
      const target = rule.meta.overrides;
      if (!target || dropped.has(rule) || rule.source !== 'custom') continue;
      const victims = sets.flatMap((s) => s.rules.filter((r) => r !== rule && r.meta.id === target && !dropped.has(r)).map((r) => ({ r, s })));
      if (victims.length === 0) {
        errors.push(diagnostic('policy_error', `rule ${rule.meta.id} of ${sourceOf(rule, set)} declares "overrides: ${target}", but no other rule has that id`, location(rule, set)));
        continue;
      }
      for (const { r, s } of victims) {
        dropped.add(r);
        replaced.push({ rule: target, field: 'replaced', from: sourceOf(r, s), to: `${rule.meta.id} (${sourceOf(rule, set)})` });
      }
    }
  }
  return { dropped, replaced, errors };
}
