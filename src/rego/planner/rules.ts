// Plans rule groups into functions, one per rule-tree node holding rules (`g0.data.pkg.rule`, params
// input, data, args…): complete rules and functions (AssignVarOnce, else chains, default), partial sets
// (MakeSet/SetAdd), and object-building groups (partial objects, ref heads such as `p[q].r := v` together
// with the rules below them), whose values are inserted along their ref with dot-or-create steps.
import type { Rule, Term } from '../ast/nodes';
import { mkString } from '../compiler/ast-util';
import { elseChain, subtreeRules, type RuleEntry, type RuleTreeNode } from '../compiler';
import type { Block, Func, Local, Operand } from '../ir/types';
import { planQuery } from './queries';
import { emptyWithScope, local, FuncState, type PolicyBuilder } from './state';
import { planTerm, planTerms } from './terms';
import { planUnifyLocal } from './unify';
import { rebindScope, scopeAffects, scopeParams, scopeSignature, type ScopeParam } from './with-scope';

/** OPA Go's conflict messages (the conformance suite's `want_error`). */
export const CONFLICT_COMPLETE = 'complete rules must not produce multiple outputs';
export const CONFLICT_FUNCTION = 'functions must not produce multiple outputs for same inputs';
export const CONFLICT_OBJECT = 'object keys must be unique';

type GroupKind = 'complete' | 'function' | 'set' | 'object';

interface GroupEntry {
  entry: RuleEntry;
  /** The ref terms below the group node (`["a", "r"]` for `p.a.r` in group `p`; `[q, "r"]` for `p[q].r`). */
  suffix: Term[];
}

function groupEntries(node: RuleTreeNode): GroupEntry[] {
  return subtreeRules(node).map((entry) => ({
    entry,
    suffix: [...entry.path.slice(node.path.length).map((s) => mkString(s, entry.rule.head)), ...entry.suffix],
  }));
}

/** True if the node's rules are functions (never values of `data` refs). */
export function isFunctionGroup(node: RuleTreeNode): boolean {
  return node.rules.length > 0 && node.rules.every((e) => e.rule.ruleKind === 'function');
}

function groupKind(entries: GroupEntry[]): GroupKind {
  if (entries.every((g) => g.entry.rule.ruleKind === 'function')) return 'function';
  if (entries.every((g) => g.suffix.length === 0 && g.entry.rule.ruleKind === 'complete')) return 'complete';
  if (entries.every((g) => g.suffix.length === 0 && g.entry.rule.ruleKind === 'partial-set')) return 'set';
  return 'object';
}

/** Calls a group's function (planning it, or a `with`-specific copy, on first use); returns the result local. */
export function planGroupCall(f: FuncState, node: RuleTreeNode, args: Operand[]): Local {
  const policy = f.policy;
  const affected = scopeAffects(policy, node, f.withScope);
  const extras: ScopeParam[] = affected ? scopeParams(f.withScope) : [];
  const key = affected ? `${node.path.join('.')}|${scopeSignature(f.withScope)}` : node.path.join('.');
  let name = policy.groupFuncs.get(key);
  if (name === undefined) {
    name = affected ? policy.copyName(node) : `g0.data.${node.path.join('.')}`;
    policy.groupFuncs.set(key, name);
    planGroupFunc(policy, node, name, extras, affected ? f.withScope : emptyWithScope());
  }
  const result = f.newLocal();
  const callArgs: Operand[] = [local(0), local(1), ...args, ...extras.map((x) => local(x.local))];
  f.emit({ kind: 'CallStmt', func: name, args: callArgs, result });
  return result;
}

function planGroupFunc(policy: PolicyBuilder, node: RuleTreeNode, name: string, extras: ScopeParam[], scope: FuncState['withScope']): void {
  const entries = groupEntries(node);
  const kind = groupKind(entries);
  const arity = kind === 'function' ? (entries[0].entry.rule.head.args?.length ?? 0) : 0;
  const params: Local[] = [0, 1];
  for (let i = 0; i < arity + extras.length; i++) params.push(2 + i);
  const f = new FuncState(policy, params.length);
  if (extras.length > 0 || scope.mocks.size > 0) f.withScope = rebindScope(scope, extras, params.slice(2 + arity));
  const ret = f.newLocal();
  const blocks: Block[] = [];
  const func: Func = { name, params, return: ret, blocks, path: ['g0', ...node.path] };
  policy.funcs.push(func);
  const argLocals = params.slice(2, 2 + arity);
  // Only groups that create intermediate levels need the shadow (plain partial objects do not).
  const nested = kind === 'object' && entries.some((g) => g.suffix.length > (g.entry.rule.ruleKind === 'partial-set' ? 0 : 1));
  const tree: Tree = { obj: ret, shadow: nested ? f.newLocal() : ret };
  if (kind === 'set') blocks.push({ stmts: [{ kind: 'MakeSetStmt', target: ret }] });
  if (kind === 'object') blocks.push({ stmts: [{ kind: 'MakeObjectStmt', target: ret }] });
  if (nested) blocks[blocks.length - 1].stmts.push({ kind: 'MakeObjectStmt', target: tree.shadow });
  const conflict = kind === 'function' ? CONFLICT_FUNCTION : CONFLICT_COMPLETE;
  for (const g of entries.filter((x) => !x.entry.rule.default)) {
    const rule = g.entry.rule;
    if (kind === 'set') blocks.push(...planRuleBodies(f, rule, argLocals, (v) => f.emit({ kind: 'SetAddStmt', value: v, set: ret }), 'key'));
    else if (kind === 'complete' || kind === 'function') {
      const lr = planValueChain(f, rule, argLocals, conflict, blocks);
      blocks.push(blockOf(f, () => {
        f.emit({ kind: 'IsDefinedStmt', source: lr });
        f.emit({ kind: 'AssignVarOnceStmt', source: local(lr), target: ret, conflict });
      }));
    } else planObjectEntry(f, g, tree, blocks);
  }
  for (const g of entries.filter((x) => x.entry.rule.default)) {
    if (kind === 'complete' || kind === 'function') {
      blocks.push(blockOf(f, () => {
        f.emit({ kind: 'IsUndefinedStmt', source: ret });
        planTerm(f, g.entry.rule.head.value ?? trueTerm(g.entry.rule), (v) => f.emit({ kind: 'AssignVarStmt', source: v, target: ret }));
      }));
    } else planObjectDefault(f, g, tree, blocks);
  }
  blocks.push({ stmts: [{ kind: 'ReturnLocalStmt', source: ret }] });
}

function blockOf(f: FuncState, body: () => void): Block {
  const block: Block = { stmts: [] };
  f.branch(() => f.into(block, body));
  return block;
}

function trueTerm(rule: Rule): Term {
  return { kind: 'Boolean', value: true, span: rule.span, loc: rule.loc };
}

/** One block per body: unify the args with the params, run the body, then `onValue` with the head value (or key). */
function planRuleBodies(f: FuncState, rule: Rule, args: Local[], onValue: (v: Operand) => void, which: 'key' | 'value'): Block[] {
  return elseChain(rule).map((link) => blockOf(f, () => {
    f.at(link);
    planArgs(f, link, args, () => planQuery(f, link.body, () => {
      const term = which === 'key' ? link.head.key : link.head.value;
      planTerm(f, term ?? trueTerm(link), onValue);
    }));
  }));
}

function planArgs(f: FuncState, rule: Rule, args: Local[], iter: () => void): void {
  const patterns = rule.head.args ?? [];
  const step = (i: number): void => (i === patterns.length ? iter() : planUnifyLocal(f, local(args[i]), patterns[i], () => step(i + 1)));
  step(0);
}

/** Plans an else chain into a fresh local: the first link that succeeds wins. */
function planValueChain(f: FuncState, rule: Rule, args: Local[], conflict: string, blocks: Block[]): Local {
  const lr = f.newLocal();
  elseChain(rule).forEach((link, j) => {
    blocks.push(blockOf(f, () => {
      f.at(link);
      if (j > 0) f.emit({ kind: 'IsUndefinedStmt', source: lr });
      planArgs(f, link, args, () => planQuery(f, link.body, () => {
        planTerm(f, link.head.value ?? trueTerm(link), (v) => f.emit({ kind: 'AssignVarOnceStmt', source: v, target: lr, conflict }));
      }));
    }));
  });
  return lr;
}

/** A rule inside an object-building group: insert its value (or set element) along its ref. */
function planObjectEntry(f: FuncState, g: GroupEntry, obj: Tree, blocks: Block[]): void {
  const rule = g.entry.rule;
  if (rule.ruleKind === 'complete' && g.entry.suffix.length === 0) {
    const lr = planValueChain(f, rule, [], CONFLICT_COMPLETE, blocks);
    blocks.push(blockOf(f, () => {
      f.emit({ kind: 'IsDefinedStmt', source: lr });
      planInsert(f, obj, g.suffix, 'value', local(lr));
    }));
    return;
  }
  const isSet = rule.ruleKind === 'partial-set';
  blocks.push(...elseChain(rule).map((link) => blockOf(f, () => {
    f.at(link);
    planQuery(f, link.body, () => {
      const leaf = isSet ? link.head.key : link.head.value;
      planTerm(f, leaf ?? trueTerm(link), (v) => planInsert(f, obj, g.suffix, isSet ? 'set' : 'value', v));
    });
  })));
}

/** `default p.a.b := v` inside an object group: inserted when nothing else defined the key. */
function planObjectDefault(f: FuncState, g: GroupEntry, obj: Tree, blocks: Block[]): void {
  blocks.push(blockOf(f, () => {
    planTerms(f, g.suffix, (keys) => {
      const probe = f.newLocal();
      f.emit({ kind: 'ResetLocalStmt', target: probe });
      f.nested(() => {
        let cur = obj.obj;
        for (const k of keys) {
          const next = f.newLocal();
          f.emit({ kind: 'DotStmt', source: local(cur), key: k, target: next });
          cur = next;
        }
        f.emit({ kind: 'AssignVarStmt', source: local(cur), target: probe });
      });
      f.emit({ kind: 'IsUndefinedStmt', source: probe });
      planTerm(f, g.entry.rule.head.value ?? trueTerm(g.entry.rule), (v) => planInsert(f, obj, g.suffix, 'value', v));
    });
  }));
}

/**
 * An object being built by an object group, with its shadow: an object tree holding exactly the
 * intermediate levels (and multi-value sets) the group created, so a rule descending into another rule's
 * value is told apart from two rules sharing an intermediate object.
 */
interface Tree {
  obj: Local;
  shadow: Local;
}

/** Inserts `value` at `obj[k0][k1]…`, creating intermediate objects (and the leaf set for multi-value rules). */
function planInsert(f: FuncState, root: Tree, suffix: Term[], leaf: 'value' | 'set', value: Operand): void {
  planTerms(f, suffix, (keys) => {
    let cur = root;
    const last = leaf === 'set' ? keys.length : keys.length - 1;
    for (let i = 0; i < last; i++) cur = dotOrCreate(f, cur, keys[i], i === keys.length - 1 ? 'set' : 'object');
    if (leaf === 'set') f.emit({ kind: 'SetAddStmt', value, set: cur.obj });
    else f.emit({ kind: 'ObjectInsertOnceStmt', key: keys[last], value, object: cur.obj, conflict: CONFLICT_OBJECT });
  });
}

/**
 * `obj[key]` if the group created it, else a fresh empty object/set inserted there (OPA's planDotOr).
 * Descending into a value another rule produced is a conflict (refheads "deep injection" cases).
 */
function dotOrCreate(f: FuncState, parent: Tree, key: Operand, make: 'object' | 'set'): Tree {
  const child: Tree = { obj: f.newLocal(), shadow: f.newLocal() };
  f.emit({ kind: 'ResetLocalStmt', target: child.obj });
  f.emit({ kind: 'ResetLocalStmt', target: child.shadow });
  f.nested(() => f.emit({ kind: 'DotStmt', source: local(parent.shadow), key, target: child.shadow }));
  f.nested(() => {
    f.emit({ kind: 'IsDefinedStmt', source: child.shadow });
    f.emit({ kind: 'DotStmt', source: local(parent.obj), key, target: child.obj });
  });
  f.nested(() => {
    const flag = f.newLocal();
    f.emit({ kind: 'IsUndefinedStmt', source: child.shadow });
    f.emit({ kind: 'DotStmt', source: local(parent.obj), key, target: flag });
    f.emit({ kind: 'AssignVarStmt', source: { kind: 'bool', value: false }, target: flag });
    f.emit({ kind: 'AssignVarOnceStmt', source: { kind: 'bool', value: true }, target: flag, conflict: CONFLICT_OBJECT });
  });
  f.nested(() => {
    f.emit({ kind: 'IsUndefinedStmt', source: child.obj });
    f.emit({ kind: make === 'set' ? 'MakeSetStmt' : 'MakeObjectStmt', target: child.obj });
    f.emit({ kind: 'ObjectInsertStmt', key, value: local(child.obj), object: parent.obj });
    f.emit({ kind: 'MakeObjectStmt', target: child.shadow });
    f.emit({ kind: 'ObjectInsertStmt', key, value: local(child.shadow), object: parent.shadow });
  });
  return child;
}
