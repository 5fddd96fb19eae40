// Plans references. Refs into local values become Dot (ground or bound keys) and Scan (unbound keys)
// statements. Refs into `data` walk the rule tree: ground keys reaching a rule group call its function;
// unbound keys enumerate the tree's children in separate blocks plus a scan of the base document that
// skips keys produced by rules; refs ending above the rules build the virtual document (extent) and
// merge it with the base document.
import type { RefTerm, Term } from '../ast/nodes';
import { isGround } from '../compiler/ast-util';
import type { RuleTreeNode } from '../compiler';
import { DATA_LOCAL, INPUT_LOCAL, type Local } from '../ir/types';
import { planGroupCall, isFunctionGroup } from './rules';
import { local, type FuncState } from './state';
import { planTerm, type OpIter } from './terms';
import { planUnifyLocal } from './unify';

/** Plans a reference; `iter` runs once per value (with the ref's unbound key vars bound). */
export function planRef(f: FuncState, ref: RefTerm, iter: OpIter): void {
  const head = ref.head;
  if (head.kind === 'Var' && head.name === 'data' && f.lookupVar('data') === undefined) {
    return planDataRef(f, f.policy.program.tree, ref.path, 0, iter);
  }
  if (head.kind === 'Var' && head.name === 'input' && f.lookupVar('input') === undefined) {
    f.emit({ kind: 'IsDefinedStmt', source: INPUT_LOCAL });
    return planRefRest(f, INPUT_LOCAL, ref.path, 0, iter);
  }
  planTerm(f, head, (op) => planRefRest(f, f.toLocal(op), ref.path, 0, iter));
}

/** True if a key can be looked up directly (ground, or all its vars bound). */
function isKnownKey(f: FuncState, key: Term): boolean {
  if (isGround(key)) return true;
  if (key.kind === 'Var') return f.lookupVar(key.name) !== undefined;
  return false;
}

/**
 * Plans `source[path[i]]…` over a value. `base` marks the base data document, where (as OPA's storage
 * paths do) an integer key also finds the object key spelled as that integer (`data.x[2]` → "2").
 */
export function planRefRest(f: FuncState, source: Local, path: readonly Term[], i: number, iter: OpIter, base = false): void {
  if (i === path.length) return iter(local(source));
  const key = path[i];
  if (base && key.kind === 'Number' && /^-?\d+$/.test(key.raw)) {
    return planRefRest(f, planIntegerKeyDot(f, source, key.raw), path, i + 1, iter, true);
  }
  if (isKnownKey(f, key)) {
    return planTerm(f, key, (k) => {
      const target = f.newLocal();
      f.emit({ kind: 'DotStmt', source: local(source), key: k, target });
      planRefRest(f, target, path, i + 1, iter, base);
    });
  }
  const k = f.newLocal();
  const v = f.newLocal();
  const block = { stmts: [] };
  f.branch(() => f.into(block, () => planUnifyLocal(f, local(k), key, () => planRefRest(f, v, path, i + 1, iter, base))));
  f.emit({ kind: 'ScanStmt', source, key: k, value: v, block });
}

/** `source[n]`, else `source["n"]`: an integer key into base data. */
function planIntegerKeyDot(f: FuncState, source: Local, raw: string): Local {
  const result = f.newLocal();
  const number = f.newLocal();
  f.emit({ kind: 'ResetLocalStmt', target: result });
  f.emit({ kind: 'MakeNumberRefStmt', index: f.policy.string(raw), target: number });
  f.nested(() => f.emit({ kind: 'DotStmt', source: local(source), key: local(number), target: result }));
  f.nested(() => {
    const text = f.newLocal();
    f.emit({ kind: 'IsUndefinedStmt', source: result });
    f.emit({ kind: 'DotStmt', source: local(source), key: { kind: 'string', value: f.policy.string(raw) }, target: text });
    f.emit({ kind: 'AssignVarStmt', source: local(text), target: result });
  });
  f.emit({ kind: 'IsDefinedStmt', source: result });
  return result;
}

/** `data` followed by a dot per key. */
function baseDocument(f: FuncState, path: readonly string[]): Local {
  let cur: Local = DATA_LOCAL;
  for (const key of path) {
    const next = f.newLocal();
    f.emit({ kind: 'DotStmt', source: local(cur), key: { kind: 'string', value: f.policy.string(key) }, target: next });
    cur = next;
  }
  return cur;
}

function overrideAt(f: FuncState, path: readonly string[]): Local | undefined {
  return f.withScope.overrides.get(path.join('\u0000'))?.value;
}

/** Plans `data.<node path>` followed by `path[i…]`, walking the rule tree. */
function planDataRef(f: FuncState, node: RuleTreeNode, path: readonly Term[], i: number, iter: OpIter): void {
  const override = overrideAt(f, node.path);
  if (override !== undefined) return planRefRest(f, override, path, i, iter);
  if (node.rules.length > 0) {
    if (isFunctionGroup(node)) return f.emit({ kind: 'BreakStmt', index: 0 });
    return planRefRest(f, planGroupCall(f, node, []), path, i, iter);
  }
  if (i === path.length) return iter(local(planExtent(f, node)));
  const key = path[i];
  if (key.kind === 'String') {
    const child = node.children.get(key.value);
    if (child) return planDataRef(f, child, path, i + 1, iter);
    return planRefRest(f, baseDocument(f, node.path), path, i, iter, true);
  }
  if (isGround(key)) return planRefRest(f, baseDocument(f, node.path), path, i, iter, true);
  for (const child of node.children.values()) {
    if (isFunctionGroup(child)) continue;
    f.nested(() => planUnifyLocal(f, { kind: 'string', value: f.policy.string(child.key) }, key, () => planDataRef(f, child, path, i + 1, iter)));
  }
  f.nested(() => planBaseScan(f, node, path, i, iter));
}

/** Scans the base document at a tree node, skipping the keys rules produce. */
function planBaseScan(f: FuncState, node: RuleTreeNode, path: readonly Term[], i: number, iter: OpIter): void {
  const base = baseDocument(f, node.path);
  const k = f.newLocal();
  const v = f.newLocal();
  const block = { stmts: [] };
  f.branch(() => f.into(block, () => {
    for (const childKey of node.children.keys()) {
      f.emit({ kind: 'NotEqualStmt', a: local(k), b: { kind: 'string', value: f.policy.string(childKey) } });
    }
    planUnifyLocal(f, local(k), path[i], () => planRefRest(f, v, path, i + 1, iter, true));
  }));
  f.emit({ kind: 'ScanStmt', source: base, key: k, value: v, block });
}

/**
 * The full document at a tree node: an object of every child's value (functions skipped, undefined
 * rules omitted), merged with the base document at the same path (rule values win).
 */
export function planExtent(f: FuncState, node: RuleTreeNode): Local {
  const override = overrideAt(f, node.path);
  if (override !== undefined) return override;
  if (node.rules.length > 0) return planGroupCall(f, node, []);
  const result = f.newLocal();
  f.emit({ kind: 'MakeObjectStmt', target: result });
  for (const child of node.children.values()) {
    if (isFunctionGroup(child)) continue;
    f.nested(() => {
      const value = planExtent(f, child);
      f.emit({ kind: 'ObjectInsertStmt', key: { kind: 'string', value: f.policy.string(child.key) }, value: local(value), object: result });
    });
  }
  f.nested(() => {
    const base = baseDocument(f, node.path);
    f.emit({ kind: 'IsObjectStmt', source: local(base) });
    const merged = f.newLocal();
    f.emit({ kind: 'ObjectMergeStmt', a: result, b: base, target: merged });
    f.emit({ kind: 'AssignVarStmt', source: local(merged), target: result });
  });
  return result;
}
