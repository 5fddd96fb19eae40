// plangate's own convention: a package with a `# METADATA` block whose custom section names an `id`, defining
// `deny` (and optionally `applies`, `unknown`) over plangate's input document, evaluated by the engine's aggregator
// (aggregate-module.ts) in two shards. Rule ids must be unique.
import { diagnostic } from '../../diagnostics';
import { aggregateModuleSource, ALL_RESULTS_ENTRYPOINT, ruleEntrypoint, ruleShards } from '../aggregate-module';
import type { LoadedRule } from '../policy-set';
import { readRuleDefinition } from '../rule-metadata';
import { packageName, topLevelRuleNames, type ConventionContext, type ConventionFindings } from './types';

/** The plangate rules of the sources (packages with METADATA ids), run by the engine's aggregator. */
export function plangateRules(ctx: ConventionContext): ConventionFindings {
  const out: ConventionFindings = { claimed: new Set(), problems: [] };
  const rules: LoadedRule[] = [];
  const seen = new Map<string, string>();
  for (const source of ctx.sources) {
    const custom = source.module.annotations.find((a) => a.scope === 'package' || a.scope === 'subpackages')?.custom;
    // Without an id in METADATA a package is not plangate's: conftest's convention may claim it.
    if (!custom || custom.id === undefined || !topLevelRuleNames(source.module).has('deny')) continue;
    out.claimed.add(packageName(source.module));
    const def = readRuleDefinition(source.module, out.problems);
    if (!def) continue;
    const earlier = seen.get(def.meta.id);
    if (earlier !== undefined) {
      out.problems.push(diagnostic('policy_error', `rule id ${def.meta.id} is also used by ${earlier}`, { file: source.module.loc.file, line: source.module.package.loc.line }));
      continue;
    }
    seen.set(def.meta.id, source.module.loc.file);
    rules.push({ ...def, source: 'custom', sha256: source.file.sha256, entrypoint: ruleEntrypoint(rules.length) });
  }
  if (rules.length > 0) {
    out.found = {
      convention: 'plangate',
      rules,
      aggregator: { path: 'plangate-engine.rego', source: aggregateModuleSource(rules) },
      allEntrypoint: ALL_RESULTS_ENTRYPOINT,
      sources: [],
      shards: ruleShards(rules),
    };
  }
  return out;
}
