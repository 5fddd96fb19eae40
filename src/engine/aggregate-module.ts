// Generates the Rego module that gathers every rule's outputs into one document, so a policy set is evaluated in
// one WebAssembly call per input batch instead of one per rule or per resource.
import type { RuleDefinition } from './rule-metadata';

/** Package of the generated module, and its entrypoints. */
export const ENGINE_PACKAGE = 'plangate.engine';
export const ALL_RESULTS_ENTRYPOINT = 'plangate/engine/results';

/** Entrypoint evaluating rule number `index` alone (used to isolate a rule that fails while evaluating). */
export function ruleEntrypoint(index: number): string {
  return `plangate/engine/rule_${index}`;
}

/**
 * The aggregator's source: `rule_N` holds rule N's {applies, deny, unknown} (an absent output is the empty set),
 * `results` maps each rule id to it.
 */
export function aggregateModuleSource(rules: readonly RuleDefinition[]): string {
  const lines = [`package ${ENGINE_PACKAGE}`, '', 'import rego.v1', ''];
  rules.forEach((rule, i) => {
    const ref = ['data', ...rule.packagePath.map(regoRefSegment)].join('');
    const field = (name: 'applies' | 'deny' | 'unknown'): string => (rule.outputs.includes(name) ? `${ref}.${name}` : 'set()');
    lines.push(`rule_${i} := {"applies": ${field('applies')}, "deny": ${field('deny')}, "unknown": ${field('unknown')}}`, '');
  });
  lines.push('results := {');
  rules.forEach((rule, i) => lines.push(`\t${JSON.stringify(rule.meta.id)}: rule_${i},`));
  lines.push('}', '');
  return lines.join('\n');
}

function regoRefSegment(segment: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
}
