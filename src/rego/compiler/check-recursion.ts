// CheckRecursion: the dependency graph between rule groups must be acyclic; a cycle is OPA's
// rego_recursion_error "rule data.p.q is recursive: data.p.q -> data.p.r -> data.p.q".
import type { CompileContext } from './context';
import { groupName, groupRoots, ruleDeps, type RuleDeps } from './dependencies';
import { subtreeRules, type RuleTreeNode } from './rule-tree';

const graphs = new WeakMap<RuleTreeNode, Map<string, { node: RuleTreeNode; deps: RuleDeps }>>();

/** Group root path name → the groups it depends on (computed once per tree: CheckTypes reads it again). */
export function groupGraph(tree: RuleTreeNode): Map<string, { node: RuleTreeNode; deps: RuleDeps }> {
  const cached = graphs.get(tree);
  if (cached) return cached;
  const graph = new Map<string, { node: RuleTreeNode; deps: RuleDeps }>();
  graphs.set(tree, graph);
  for (const node of groupRoots(tree)) {
    let deps: RuleDeps | undefined;
    for (const entry of subtreeRules(node)) deps = ruleDeps(tree, entry.rule, deps);
    graph.set(groupName(node.path), { node, deps: deps as RuleDeps });
  }
  return graph;
}

/** The shortest path from `start` back to itself, or undefined. */
function findCycle(graph: ReturnType<typeof groupGraph>, start: string): string[] | undefined {
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const cur = queue.shift() as string;
    for (const next of [...(graph.get(cur)?.deps.groups ?? [])].sort()) {
      if (next === start) {
        const path = [start];
        for (let x = cur; x !== start; x = prev.get(x) as string) path.splice(1, 0, x);
        return [...path, start];
      }
      if (!prev.has(next) && graph.has(next)) {
        prev.set(next, cur);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** The CheckRecursion stage. */
export function checkRecursion(ctx: CompileContext): void {
  if (ctx.queryOnly) return;
  const graph = groupGraph(ctx.tree);
  for (const [name, { node }] of graph) {
    const cycle = findCycle(graph, name);
    if (cycle) ctx.diagnostics.error('rego_recursion_error', `rule ${name} is recursive: ${cycle.join(' -> ')}`, node.rules[0].rule);
  }
}
