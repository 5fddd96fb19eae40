// Reads a rule's metadata (contract "Rule metadata") from the `# METADATA` block of its package, and says which
// of the rule outputs (applies, deny, unknown) the package defines.
import type { Annotations, Module } from '../rego';
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { ControlRef, PolicyRecord, Severity } from '../report/model';
import { SEVERITIES } from '../report/model';

/**
 * The outputs a rule package may define; passes are derived from them. `evidence` ({id, msg}) says what was observed
 * on a resource that passes (`encrypted = true`), so passing results show the value, not only the rule's title.
 */
export const RULE_OUTPUTS = ['applies', 'deny', 'unknown', 'evidence'] as const;
export type RuleOutputName = (typeof RULE_OUTPUTS)[number];

/** A rule as the engine runs it: its metadata, its package and the outputs it defines. */
export interface RuleDefinition {
  meta: Omit<PolicyRecord, 'sha256' | 'source'>;
  /** Package path below data, e.g. ["plangate", "rules", "required_tags"]. */
  packagePath: string[];
  outputs: RuleOutputName[];
  parameters: string[];
}

function packagePathOf(module: Module): string[] {
  return module.package.path.path.map((t) => (t.kind === 'String' ? t.value : '?'));
}

function packageAnnotation(module: Module): Annotations | undefined {
  return module.annotations.find((a) => a.scope === 'package' || a.scope === 'subpackages');
}

function asStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

function asControls(value: unknown): ControlRef[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((c): c is Record<string, unknown> => c !== null && typeof c === 'object')
    .map((c) => ({ framework: String(c.framework ?? ''), id: String(c.id ?? '') }))
    .filter((c) => c.framework !== '' && c.id !== '');
}

/**
 * The rule defined by a module, or undefined when the module is not a rule (a library or test package: it defines
 * none of the rule outputs). Problems with the metadata are reported as policy_error diagnostics.
 */
export function readRuleDefinition(module: Module, diagnostics: Diagnostic[]): RuleDefinition | undefined {
  const names = new Set(module.rules.filter((r) => r.head.ref.path.length === 0).map((r) => r.head.name));
  const outputs = RULE_OUTPUTS.filter((o) => names.has(o));
  if (!outputs.includes('deny')) return undefined;
  const packagePath = packagePathOf(module);
  const annotation = packageAnnotation(module);
  const custom = annotation?.custom ?? {};
  const where = { file: module.package.loc.file, line: module.package.loc.line, col: module.package.loc.col };
  const id = typeof custom.id === 'string' && custom.id !== '' ? custom.id : undefined;
  if (!id) {
    diagnostics.push(diagnostic('policy_error', `rule package data.${packagePath.join('.')} has no "id" in its METADATA custom section`, where));
    return undefined;
  }
  const severity = String(custom.severity ?? 'medium') as Severity;
  if (!SEVERITIES.includes(severity)) {
    diagnostics.push(diagnostic('policy_error', `rule ${id}: severity "${severity}" is not one of ${SEVERITIES.join(', ')}`, where));
    return undefined;
  }
  return {
    meta: {
      id,
      title: annotation?.title ?? id,
      description: annotation?.description,
      severity,
      category: typeof custom.category === 'string' ? custom.category : 'custom',
      controls: asControls(custom.controls),
      remediation: typeof custom.remediation === 'string' ? custom.remediation : undefined,
      appliesTo: asStringList(custom.resourceTypes),
      file: module.package.loc.file,
      ...(typeof custom.overrides === 'string' && custom.overrides !== '' ? { overrides: custom.overrides } : {}),
    },
    packagePath,
    outputs,
    parameters: asStringList(custom.parameters),
  };
}
