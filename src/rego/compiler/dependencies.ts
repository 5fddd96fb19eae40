// What a rule depends on: the rule groups (tree nodes with a plan function) its refs and calls reach,
// the data prefixes it reads and the built-ins it calls. Used by CheckRecursion and by the planner
// to decide which rules a `with` must re-plan.
import type { Body, Rule, Term } from '../ast/nodes';
import { dataRefPrefix, forEachTermDeep, forEachTermInBody, isGround, refDottedName } from './ast-util';
import { allNodes, elseChain, groupRoot, lookupNode, type RuleTreeNode } from './rule-tree';

/** The direct dependencies of one rule (all links of its else chain). */
export interface RuleDeps {
  /** Group root paths (`data.a.p`) reached. */
  groups: Set<string>;
  /** Ground prefixes of every data ref read. */
  dataPrefixes: string[][];
  /** Names of built-ins called. */
  builtins: Set<string>;
}

/** `data.a.b` for a path. */
export function groupName(path: readonly string[]): string {
  return ['data', ...path].join('.');
}

/** The groups a data prefix reaches: its group root, or every group below a non-rule node. */
export function groupsForPrefix(tree: RuleTreeNode, prefix: readonly string[]): string[] {
  const root = groupRoot(tree, prefix);
  if (root) return [groupName(root.path)];
  const node = lookupNode(tree, prefix);
  if (!node) return [];
  const key = node.path.join('\u0000');
  return groupRoots(tree)
    .filter((n) => n.path.length >= node.path.length && n.path.slice(0, node.path.length).join('\u0000') === key)
    .map((n) => groupName(n.path));
}

const rootsCache = new WeakMap<RuleTreeNode, RuleTreeNode[]>();

/** Every node that heads a rule group (holds rules, no ancestor does), computed once per tree. */
export function groupRoots(tree: RuleTreeNode): RuleTreeNode[] {
  let roots = rootsCache.get(tree);
  if (!roots) {
    roots = allNodes(tree).filter((n) => n.rules.length > 0 && groupRoot(tree, n.path) === n);
    rootsCache.set(tree, roots);
  }
  return roots;
}

/**
 * The groups a data ref may reach: those whose path agrees with the ref's keys on their common length,
 * vars matching anything (`data[x].allow.see` cannot reach `data.test.p`; `data[2]` reaches no rule).
 */
export function groupsForPattern(tree: RuleTreeNode, keys: readonly Term[]): string[] {
  const out: string[] = [];
  for (const n of groupRoots(tree)) {
    const common = Math.min(keys.length, n.path.length);
    let ok = true;
    for (let i = 0; i < common && ok; i++) {
      const k = keys[i];
      if (k.kind === 'String') ok = k.value === n.path[i];
      else ok = !isGround(k);
    }
    if (ok) out.push(groupName(n.path));
  }
  return out;
}

function termsOfRule(rule: Rule): Term[] {
  const h = rule.head;
  return [...h.ref.path, ...(h.args ?? []), ...(h.key ? [h.key] : []), ...(h.value ? [h.value] : [])];
}

/** Collects the dependencies of a body plus extra head terms. */
export function bodyDeps(tree: RuleTreeNode, body: Body, extra: Term[], into?: RuleDeps): RuleDeps {
  const deps = into ?? { groups: new Set<string>(), dataPrefixes: [], builtins: new Set<string>() };
  const visit = (t: Term): void => {
    if (t.kind === 'Ref') {
      const prefix = dataRefPrefix(t);
      if (prefix) {
        deps.dataPrefixes.push(prefix);
        for (const g of groupsForPattern(tree, t.path)) deps.groups.add(g);
      }
    } else if (t.kind === 'Call') {
      const name = refDottedName(t.operator);
      if (name?.startsWith('data.')) {
        const prefix = name.split('.').slice(1);
        deps.dataPrefixes.push(prefix);
        for (const g of groupsForPrefix(tree, prefix)) deps.groups.add(g);
      } else if (name) deps.builtins.add(name);
    }
  };
  forEachTermInBody(body, visit);
  for (const t of extra) forEachTermDeep(t, visit);
  return deps;
}

/** Dependencies of a rule and its else links. */
export function ruleDeps(tree: RuleTreeNode, rule: Rule, into?: RuleDeps): RuleDeps {
  let deps = into;
  for (const link of elseChain(rule)) deps = bodyDeps(tree, link.body, termsOfRule(link), deps);
  return deps as RuleDeps;
}
