// Rule ids and categories that plangate.yaml names but no rule of the run has: most often a typo, which would
// otherwise silently disable, re-rate or relax nothing.
import type { PlangateConfig } from './types';

/** A name in the configuration that matched no rule: where it is (key path) and what it is. */
export interface UnknownRuleReference {
  path: string[];
  /** Whether `path` ends at a map key (severity, enforcement) rather than a list item (disable). */
  atKey: boolean;
  name: string;
  message: string;
}

/** The rules a run had: ids (disabled ones included) and categories. */
export interface KnownRules {
  ids: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

/** Every `disable`, `severity` and `enforcement` entry that names no rule (or, for enforcement, no category). */
export function unknownRuleReferences(config: PlangateConfig, known: KnownRules): UnknownRuleReference[] {
  const out: UnknownRuleReference[] = [];
  (config.disable ?? []).forEach((name, i) => {
    if (!known.ids.has(name)) out.push({ path: ['disable', String(i)], atKey: false, name, message: `disable: no rule "${name}" in this run` });
  });
  for (const name of Object.keys(config.severity ?? {})) {
    if (!known.ids.has(name)) out.push({ path: ['severity', name], atKey: true, name, message: `severity: no rule "${name}" in this run` });
  }
  for (const name of Object.keys(config.enforcement ?? {})) {
    if (!known.ids.has(name) && !known.categories.has(name)) {
      out.push({ path: ['enforcement', name], atKey: true, name, message: `enforcement: no rule or category "${name}" in this run` });
    }
  }
  return out;
}
