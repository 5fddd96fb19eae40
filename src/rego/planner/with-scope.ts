// Decides which rule groups a `with` scope affects (they transitively read an overridden data path or
// call a mocked function/built-in) and how such groups receive the replacement values: as extra
// parameters of a function copy planned for that scope (OPA re-plans affected rules the same way).
import { groupGraph, groupName, type RuleTreeNode } from '../compiler';
import type { Local } from '../ir/types';
import type { PolicyBuilder, WithScope } from './state';

/** A replacement passed into a function copy as an extra parameter. */
export type ScopeParam =
  | { kind: 'override'; path: string[]; local: Local }
  | { kind: 'value-mock'; name: string; local: Local };

interface TransitiveDeps {
  prefixes: string[][];
  names: Set<string>;
}

interface DepsCache {
  graph: ReturnType<typeof groupGraph>;
  byGroup: Map<string, TransitiveDeps>;
}

const depsCache = new WeakMap<PolicyBuilder, DepsCache>();

function transitiveDeps(policy: PolicyBuilder, node: RuleTreeNode): TransitiveDeps {
  let cache = depsCache.get(policy);
  if (!cache) {
    cache = { graph: groupGraph(policy.program.tree), byGroup: new Map() };
    depsCache.set(policy, cache);
  }
  const start = groupName(node.path);
  const hit = cache.byGroup.get(start);
  if (hit) return hit;
  const graph = cache.graph;
  const out: TransitiveDeps = { prefixes: [], names: new Set() };
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const g = graph.get(queue.shift() as string);
    if (!g) continue;
    out.prefixes.push(...g.deps.dataPrefixes);
    for (const b of g.deps.builtins) out.names.add(b);
    for (const next of g.deps.groups) {
      out.names.add(next);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  cache.byGroup.set(start, out);
  return out;
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True if planning `node` under `scope` must produce a scope-specific copy. */
export function scopeAffects(policy: PolicyBuilder, node: RuleTreeNode, scope: WithScope): boolean {
  if (scope.overrides.size === 0 && scope.mocks.size === 0) return false;
  const deps = transitiveDeps(policy, node);
  for (const { path } of scope.overrides.values()) if (deps.prefixes.some((p) => overlaps(p, path))) return true;
  for (const name of scope.mocks.keys()) if (deps.names.has(name)) return true;
  return false;
}

/** The replacements that travel as parameters, in a fixed order. */
export function scopeParams(scope: WithScope): ScopeParam[] {
  const out: ScopeParam[] = [];
  for (const o of scope.overrides.values()) out.push({ kind: 'override', path: o.path, local: o.value });
  for (const [name, m] of scope.mocks) if (m.kind === 'value') out.push({ kind: 'value-mock', name, local: m.value });
  return out;
}

/** A key identifying the shape of a scope (which paths/functions are replaced, and by which functions). */
export function scopeSignature(scope: WithScope): string {
  const parts = [...scope.overrides.keys()].map((k) => `o:${k}`);
  for (const [name, m] of scope.mocks) parts.push(m.kind === 'value' ? `v:${name}` : `f:${name}=${m.name}`);
  return parts.join('|');
}

/** The scope inside a function copy: the same replacements, now read from the copy's parameters. */
export function rebindScope(scope: WithScope, params: ScopeParam[], locals: Local[]): WithScope {
  const out: WithScope = { overrides: new Map(), mocks: new Map() };
  params.forEach((p, i) => {
    if (p.kind === 'override') out.overrides.set(p.path.join('\u0000'), { path: p.path, value: locals[i] });
    else out.mocks.set(p.name, { kind: 'value', value: locals[i] });
  });
  for (const [name, m] of scope.mocks) if (m.kind === 'func') out.mocks.set(name, m);
  return out;
}
