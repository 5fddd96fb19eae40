// CheckRuleConflicts: at each rule path the rules must agree: no mixing of functions and values or of
// complete and multi-value rules, one arity per function, at most one default, and no package nested
// under a rule (OPA's checkRuleConflicts).
import { elseChain, allNodes, packagePath, type RuleEntry, type RuleTreeNode } from './rule-tree';
import { groupName } from './dependencies';
import type { CompileContext } from './context';

function kindOf(e: RuleEntry): string {
  if (e.rule.ruleKind === 'function') return `function/${e.rule.head.args?.length ?? 0}`;
  if (e.suffix.length === 0 && e.rule.ruleKind !== 'partial-set') return 'complete';
  return e.rule.ruleKind === 'partial-set' && e.suffix.length === 0 ? 'set' : 'object';
}

function checkNode(ctx: CompileContext, node: RuleTreeNode, packages: Set<string>): void {
  const name = groupName(node.path);
  const direct = node.rules.filter((e) => e.suffix.length === 0);
  const kinds = new Set(direct.map(kindOf));
  if (kinds.size > 1) {
    const hasFunc = [...kinds].some((k) => k.startsWith('function'));
    const msg = hasFunc && [...kinds].every((k) => k.startsWith('function')) ? `conflicting function arity for ${name}` : `conflicting rules ${name} found`;
    ctx.diagnostics.error('rego_type_error', msg, direct[0].rule);
  }
  const defaults = node.rules.filter((e) => e.rule.default);
  if (defaults.length > 1) ctx.diagnostics.error('rego_type_error', `multiple default rules ${name} found`, defaults[1].rule);
  for (const e of node.rules) {
    if (e.rule.default && e.rule.else) ctx.diagnostics.error('rego_parse_error', 'default rules must not have else', e.rule);
    if (elseChain(e.rule).length > 1 && e.rule.ruleKind === 'partial-set') {
      ctx.diagnostics.error('rego_parse_error', 'else keyword cannot be used on multi-value rules', e.rule);
    }
  }
  if (node.rules.length > 0 && packages.has(node.path.join('.'))) {
    ctx.diagnostics.error('rego_type_error', `package ${name.slice(5)} conflicts with rule ${node.key} defined at ${where(node.rules[0])}`, node.rules[0].rule);
  }
  const hasValueRules = direct.some((e) => e.rule.ruleKind === 'complete');
  if (hasValueRules && [...node.children.values()].some((c) => allNodes(c).some((n) => n.rules.length > 0))) {
    const child = allNodes(node).find((n) => n !== node && n.rules.length > 0);
    if (child) ctx.diagnostics.error('rego_type_error', `rule ${groupName(child.path)} conflicts with ${name}`, child.rules[0].rule);
  }
}

function where(e: RuleEntry): string {
  return `${e.rule.loc.file}:${e.rule.loc.line}`;
}

/** The CheckRuleConflicts stage. */
export function checkRuleConflicts(ctx: CompileContext): void {
  if (ctx.queryOnly) return;
  const packages = new Set(ctx.modules.map((m) => packagePath(m).join('.')));
  for (const node of allNodes(ctx.tree)) checkNode(ctx, node, packages);
}
