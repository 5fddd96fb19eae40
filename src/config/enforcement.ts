// Enforcement levels: whether a rule's failures fail the run. A rule's own id wins over its category; the
// default is mandatory.
import type { EnforcementLevel } from './types';

/** The enforcement level of a rule. */
export function enforcementLevel(levels: Readonly<Record<string, EnforcementLevel>> | undefined, ruleId: string, category: string): EnforcementLevel {
  return levels?.[ruleId] ?? levels?.[category] ?? 'mandatory';
}

/** Whether a failure under `level` fails the run, given whether `--override` was passed. */
export function failsRun(level: EnforcementLevel, override: boolean): boolean {
  return level === 'mandatory' || (level === 'soft-mandatory' && !override);
}
