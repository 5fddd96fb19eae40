// Plans one expression: `with` scopes, negation (NotStmt), unification, calls to user functions and
// built-ins (honouring `with` mocks; a call with an extra argument binds its result, otherwise the
// result must not be false), `every`, and naked terms (`false` breaks, anything else must not be false).
import type { Expr, LogicalExpr, Term } from '../ast/nodes';
import { refDottedName } from '../compiler/ast-util';
import { groupRoot, lookupNode } from '../compiler';
import type { Operand } from '../ir/types';
import { planEvery } from './every';
import { planQuery } from './queries';
import { planGroupCall } from './rules';
import { internalError, local, type FuncState } from './state';
import { planTerm, planTerms } from './terms';
import { planUnify, planUnifyLocal, type Iter } from './unify';
import { planWith } from './with';

const FALSE: Operand = { kind: 'bool', value: false };

/**
 * OPA's relation built-ins: they have many results. Their runtime functions return an array of all of
 * them and the plan iterates it, binding the output argument once per element.
 */
const RELATIONS: ReadonlySet<string> = new Set(['walk']);

function planRelationOutput(f: FuncState, results: number, output: Term, iter: Iter): void {
  const k = f.newLocal();
  const v = f.newLocal();
  const block = { stmts: [] };
  f.branch(() => f.into(block, () => planUnifyLocal(f, local(v), output, iter)));
  f.emit({ kind: 'ScanStmt', source: results, key: k, value: v, block });
}

/** Plans an expression; `iter` runs once per solution. */
export function planExpr(f: FuncState, e: Expr, iter: Iter): void {
  f.at(e);
  if (e.with.length > 0) return planWith(f, e, iter);
  if (e.negated) return planNot(f, e, iter);
  const x = e.terms;
  switch (x.kind) {
    case 'Unify':
      return planUnify(f, x.left, x.right, iter);
    case 'Call':
      return planCall(f, x, iter);
    case 'Every':
      return planEvery(f, x, iter);
    case 'Block':
      return planQuery(f, x.body, iter);
    case 'Logical':
      return planLogical(f, x, iter);
    case 'Assign':
    case 'SomeDecl':
    case 'SomeIn':
      return internalError(`${x.kind} left after the compiler stages`, e);
    default:
      return planNakedTerm(f, x, iter);
  }
}

/**
 * `a and b` / `a or b` (experimental keywords): a test with one outcome, however many solutions the
 * operands have; operand bindings stay inside; `or` tries the next operand only while none succeeded.
 */
function planLogical(f: FuncState, x: LogicalExpr, iter: Iter): void {
  const flag = f.newLocal();
  f.emit({ kind: 'ResetLocalStmt', target: flag });
  const succeed = (): void => f.emit({ kind: 'AssignVarStmt', source: { kind: 'bool', value: true }, target: flag });
  if (x.op === 'and') {
    f.nested(() => {
      // Each operand is its own scope: bindings of one operand are invisible to the next.
      const outer = new Map(f.vars);
      const step = (i: number): void => {
        if (i === x.operands.length) return succeed();
        planExpr(f, x.operands[i], () => {
          const inner = f.vars;
          f.vars = new Map(outer);
          step(i + 1);
          f.vars = inner;
        });
      };
      step(0);
    });
  } else {
    for (const op of x.operands) {
      f.nested(() => {
        f.emit({ kind: 'IsUndefinedStmt', source: flag });
        planExpr(f, op, succeed);
      });
    }
  }
  f.emit({ kind: 'IsDefinedStmt', source: flag });
  iter();
}

function planNakedTerm(f: FuncState, t: Term, iter: Iter): void {
  if (t.kind === 'Boolean') {
    if (!t.value) return f.emit({ kind: 'BreakStmt', index: 0 });
    return iter();
  }
  planTerm(f, t, (op) => {
    f.emit({ kind: 'NotEqualStmt', a: op, b: FALSE });
    iter();
  });
}

/**
 * `not e`: a flag records whether `e` has any solution; the NotStmt block completes only then. (A bare
 * scan inside the NotStmt block would complete even when no element matched.)
 */
function planNot(f: FuncState, e: Expr, iter: Iter): void {
  const found = f.newLocal();
  const block = { stmts: [] };
  const positive: Expr = { ...e, negated: false };
  f.emit({ kind: 'ResetLocalStmt', target: found });
  f.into(block, () => {
    f.nested(() => planExpr(f, positive, () => f.emit({ kind: 'AssignVarStmt', source: { kind: 'bool', value: true }, target: found })));
    f.emit({ kind: 'IsDefinedStmt', source: found });
  });
  f.emit({ kind: 'NotStmt', block });
  iter();
}

/** Plans a whole-expression call. */
export function planCall(f: FuncState, call: Extract<Term, { kind: 'Call' }>, iter: Iter): void {
  const name = refDottedName(call.operator);
  if (name === undefined) return internalError('call operator is not a name', call);
  const mock = f.withScope.mocks.get(name);
  const target = mock?.kind === 'func' ? mock.name : name;
  const arity = functionArity(f, target);
  const hasOutput = call.args.length === arity + 1;
  const inputs = hasOutput ? call.args.slice(0, arity) : call.args;
  // Refs go first: their iteration may bind vars that plain var arguments use (`foo == input.foos[foo]`).
  const order = inputs.map((_, i) => i).sort((a, b) => Number(inputs[a].kind !== 'Ref') - Number(inputs[b].kind !== 'Ref'));
  planTerms(f, order.map((i) => inputs[i]), (planned) => {
    const ops: Operand[] = [];
    order.forEach((i, j) => (ops[i] = planned[j]));
    // Comparisons need no built-in call: the IR has statements for them.
    if (!mock && !hasOutput && (target === 'equal' || target === 'neq')) {
      f.emit({ kind: target === 'equal' ? 'EqualStmt' : 'NotEqualStmt', a: ops[0], b: ops[1] });
      return iter();
    }
    const result = mock?.kind === 'value' ? mock.value : mock ? callReplacement(f, target, ops) : emitCall(f, target, ops);
    if (hasOutput && RELATIONS.has(target)) return planRelationOutput(f, result, call.args[arity], iter);
    if (hasOutput) return planUnifyLocal(f, local(result), call.args[arity], iter);
    // A void built-in has no result to test; any other call must not return false.
    if (!mock && !target.startsWith('data.') && f.policy.program.builtins(target)?.result === null) return iter();
    f.emit({ kind: 'NotEqualStmt', a: local(result), b: FALSE });
    iter();
  });
}

/**
 * Calls a mock's replacement. Mocks do not apply inside a replacement (OPA: a mock never calls another
 * mock, and a replacement calling the mocked name gets the original).
 */
function callReplacement(f: FuncState, target: string, args: Operand[]): number {
  const saved = f.withScope;
  f.withScope = { overrides: saved.overrides, mocks: new Map() };
  try {
    return emitCall(f, target, args);
  } finally {
    f.withScope = saved;
  }
}

function functionArity(f: FuncState, name: string): number {
  if (name.startsWith('data.')) {
    const arity = f.policy.program.functionArity.get(name);
    if (arity === undefined) internalError(`unknown function ${name}`);
    return arity;
  }
  const decl = f.policy.program.builtins(name);
  if (!decl) internalError(`unknown built-in ${name}`);
  return decl.args.length;
}

/** Emits the call of a user function or built-in; returns the result local. */
function emitCall(f: FuncState, name: string, args: Operand[]): number {
  if (name.startsWith('data.')) {
    const path = name.split('.').slice(1);
    const node = lookupNode(f.policy.program.tree, path) ?? groupRoot(f.policy.program.tree, path);
    if (!node) return internalError(`no rules for ${name}`);
    return planGroupCall(f, node, args);
  }
  f.policy.useBuiltin(name);
  const result = f.newLocal();
  f.emit({ kind: 'CallStmt', func: name, args, result });
  return result;
}
