// Generates the Rego module that gathers every rule's outputs into one document, so a policy set is evaluated in
// one WebAssembly call per input batch instead of one per rule or per resource.
import type { RuleDefinition, RuleOutputName } from './rule-metadata';

/** Package of the generated module, and its entrypoints. */
export const ENGINE_PACKAGE = 'plangate.engine';
export const ALL_RESULTS_ENTRYPOINT = 'plangate/engine/results';

/**
 * The rules are also split into this many shards, each with its own entrypoint, so a machine with several cores
 * evaluates a set in as many workers side by side (rule i belongs to shard i mod SHARD_COUNT).
 */
export const SHARD_COUNT = 2;

/** Entrypoint of shard `index`: the outputs of its rules, keyed by rule id. */
export function shardEntrypoint(index: number): string {
  return `plangate/engine/shard_${index}`;
}

/** Entrypoint evaluating rule number `index` alone (used to isolate a rule that fails while evaluating). */
export function ruleEntrypoint(index: number): string {
  return `plangate/engine/rule_${index}`;
}

/**
 * The aggregator's source: `rule_N` holds rule N's {applies, deny, unknown} (an absent output is the empty set),
 * `results` maps each rule id to it, `shard_K` the ids of shard K.
 */
export function aggregateModuleSource(rules: readonly RuleDefinition[]): string {
  const lines = [`package ${ENGINE_PACKAGE}`, '', 'import rego.v1', ''];
  rules.forEach((rule, i) => {
    const ref = ['data', ...rule.packagePath.map(regoRefSegment)].join('');
    const field = (name: RuleOutputName): string => (rule.outputs.includes(name) ? `${ref}.${name}` : 'set()');
    lines.push(`rule_${i} := {"applies": ${field('applies')}, "deny": ${field('deny')}, "unknown": ${field('unknown')}, "evidence": ${field('evidence')}}`, '');
  });
  const member = (rule: RuleDefinition, i: number): string => `\t${JSON.stringify(rule.meta.id)}: rule_${i},`;
  lines.push('results := {', ...rules.map(member), '}', '');
  for (let shard = 0; shard < SHARD_COUNT; shard++) {
    lines.push(`shard_${shard} := {`, ...rules.map(member).filter((_, i) => i % SHARD_COUNT === shard), '}', '');
  }
  return lines.join('\n');
}

/** The shards of a set of rules built with this aggregator: entrypoint and rule ids of each. */
export function ruleShards(rules: readonly RuleDefinition[]): { entrypoint: string; rules: string[] }[] {
  return Array.from({ length: SHARD_COUNT }, (_, shard) => ({
    entrypoint: shardEntrypoint(shard),
    rules: rules.filter((_, i) => i % SHARD_COUNT === shard).map((rule) => rule.meta.id),
  }));
}

function regoRefSegment(segment: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
}
