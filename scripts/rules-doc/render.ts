// Renders docs/rules.md from the built-in library's rule metadata: one table per category, then one coverage table
// per framework listing each control that has rules and which rules they are.
import type { ListedRule } from '../../src/engine';

/** The command that regenerates the page, named in its header. */
export const REGENERATE = 'npm run docs:rules';

const collator = new Intl.Collator('en', { numeric: true });

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].sort(([a], [b]) => collator.compare(a, b)));
}

function anchor(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function ruleRow(rule: ListedRule): string {
  const controls = rule.controls.map((c) => `${c.framework} ${c.id}`).join(', ');
  const appliesTo = (rule.appliesTo ?? []).join(', ');
  const parameters = rule.parameters.length > 0 ? ` Parameters: ${rule.parameters.map((p) => `\`${p}\``).join(', ')}.` : '';
  return `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.title)} | ${cell(appliesTo)} | ${cell(controls)} | ${cell(rule.remediation ?? '')}${parameters} |`;
}

function categorySection(category: string, rules: ListedRule[]): string[] {
  return [
    `### ${category}`,
    '',
    `${rules.length} rule${rules.length === 1 ? '' : 's'}.`,
    '',
    '| Rule | Severity | Checks that | Applies to | Controls | Remediation |',
    '|---|---|---|---|---|---|',
    ...[...rules].sort((a, b) => collator.compare(a.id, b.id)).map(ruleRow),
    '',
  ];
}

function coverageSection(framework: string, pairs: { control: string; rule: string }[]): string[] {
  const byControl = groupBy(pairs, (p) => p.control);
  return [
    `### ${framework}`,
    '',
    `${byControl.size} control${byControl.size === 1 ? '' : 's'} with rules.`,
    '',
    '| Control | Rules |',
    '|---|---|',
    ...[...byControl].map(([control, ps]) => `| ${cell(control)} | ${[...new Set(ps.map((p) => p.rule))].sort(collator.compare).map((r) => `\`${r}\``).join(', ')} |`),
    '',
  ];
}

/** The page for the given rules (the built-in library's, as `plangate policies` lists them). */
export function renderRulesDoc(rules: readonly ListedRule[]): string {
  const byCategory = groupBy(rules, (r) => r.category);
  const byFramework = groupBy(rules.flatMap((r) => r.controls.map((c) => ({ framework: c.framework, control: c.id, rule: r.id }))), (p) => p.framework);
  return [
    '# Built-in rules',
    '',
    `<!-- Generated from the METADATA of the rules in policies/ by \`${REGENERATE}\`; do not edit by hand. -->`,
    '',
    `${rules.length} rules in ${byCategory.size} categories. Each rule's metadata (id, severity, controls, remediation) is`,
    'also what `plangate policies` prints and what reports carry.',
    '',
    '## Rules by category',
    '',
    ...[...byCategory].map(([category, rs]) => `- [${category}](#${anchor(category)}) (${rs.length})`),
    '',
    ...[...byCategory].flatMap(([category, rs]) => categorySection(category, rs)),
    '## Framework coverage',
    '',
    'For each framework, the controls that at least one rule maps to. A control not listed has no rule.',
    '',
    ...[...byFramework].map(([framework, ps]) => `- [${framework}](#${anchor(framework)}) (${new Set(ps.map((p) => p.control)).size} controls)`),
    '',
    ...[...byFramework].flatMap(([framework, ps]) => coverageSection(framework, ps)),
  ].join('\n');
}
