// SetRuleTree: (re)builds the rule tree and the table of user function arities that later stages use
// to tell calls to functions from refs to rules and to find a call's output argument.
import { groupName } from './dependencies';
import type { CompileContext } from './context';
import { allNodes } from './rule-tree';

/** The SetRuleTree stage. */
export function setRuleTree(ctx: CompileContext): void {
  if (ctx.queryOnly) return;
  ctx.functionArity.clear();
  for (const node of allNodes(ctx.tree)) {
    for (const entry of node.rules) {
      const args = entry.rule.head.args;
      if (args && entry.suffix.length === 0) ctx.functionArity.set(groupName(node.path), args.length);
    }
  }
}
