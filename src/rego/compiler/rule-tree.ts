// The rule tree: every rule hung under the ground prefix of its full ref (package path + head ref), as in
// OPA's RuleTree. Built by the SetRuleTree stage, read by later checks and by the planner.
import type { Module, Rule, Term } from '../ast/nodes';

/** A rule placed in the tree. */
export interface RuleEntry {
  /** The rule (first link of its else chain). */
  rule: Rule;
  module: Module;
  /** The package path (`['a', 'b']` for `package a.b`). */
  pkg: string[];
  /** The ground prefix of the full rule ref, from the data root (`['a', 'b', 'p']`). */
  path: string[];
  /** The ref terms after the ground prefix (`[x, "r"]` for `p[x].r := …`); empty for ground refs. */
  suffix: Term[];
}

/** A node of the rule tree. */
export interface RuleTreeNode {
  key: string;
  path: string[];
  children: Map<string, RuleTreeNode>;
  rules: RuleEntry[];
}

function newNode(path: string[]): RuleTreeNode {
  return { key: path[path.length - 1] ?? 'data', path, children: new Map(), rules: [] };
}

/** The package path of a module as strings (the package ref is `data.a.b`). */
export function packagePath(m: Module): string[] {
  return m.package.path.path.map((t) => (t.kind === 'String' ? t.value : '?'));
}

/** Splits a rule's full ref into its ground string prefix and the rest. */
export function splitRuleRef(pkg: string[], rule: Rule): { path: string[]; suffix: Term[] } {
  const path = [...pkg, rule.head.name];
  const refPath = rule.head.ref.path;
  let i = 0;
  while (i < refPath.length && refPath[i].kind === 'String') {
    path.push((refPath[i] as { value: string }).value);
    i++;
  }
  return { path, suffix: refPath.slice(i) };
}

/** Builds the tree of all rules of the modules; packages become (possibly empty) nodes too. */
export function buildRuleTree(modules: readonly Module[]): RuleTreeNode {
  const root = newNode([]);
  const nodeAt = (path: string[]): RuleTreeNode => {
    let node = root;
    for (let i = 0; i < path.length; i++) {
      let child = node.children.get(path[i]);
      if (!child) {
        child = newNode(path.slice(0, i + 1));
        node.children.set(path[i], child);
      }
      node = child;
    }
    return node;
  };
  for (const m of modules) {
    const pkg = packagePath(m);
    nodeAt(pkg);
    for (const rule of m.rules) {
      const { path, suffix } = splitRuleRef(pkg, rule);
      nodeAt(path).rules.push({ rule, module: m, pkg, path, suffix });
    }
  }
  return root;
}

/** The node at a path, or undefined. */
export function lookupNode(root: RuleTreeNode, path: readonly string[]): RuleTreeNode | undefined {
  let node: RuleTreeNode | undefined = root;
  for (const key of path) {
    node = node.children.get(key);
    if (!node) return undefined;
  }
  return node;
}

/** Every node of the tree, depth first, parents before children. */
export function allNodes(root: RuleTreeNode): RuleTreeNode[] {
  const out: RuleTreeNode[] = [];
  const visit = (n: RuleTreeNode): void => {
    out.push(n);
    for (const c of n.children.values()) visit(c);
  };
  visit(root);
  return out;
}

/**
 * The node whose function computes the value at `node`: the highest ancestor-or-self holding rules. Rules
 * below such a node (ref heads like `p[q].r` beside `p.a.r`) are planned into that one function.
 */
export function groupRoot(root: RuleTreeNode, path: readonly string[]): RuleTreeNode | undefined {
  let node: RuleTreeNode | undefined = root;
  for (const key of path) {
    node = node.children.get(key);
    if (!node) return undefined;
    if (node.rules.length > 0) return node;
  }
  return undefined;
}

/** All rule entries in a subtree. */
export function subtreeRules(node: RuleTreeNode): RuleEntry[] {
  return allNodes(node).flatMap((n) => n.rules);
}

/** Walks an else chain. */
export function elseChain(rule: Rule): Rule[] {
  const out: Rule[] = [];
  for (let r: Rule | undefined = rule; r; r = r.else) out.push(r);
  return out;
}
