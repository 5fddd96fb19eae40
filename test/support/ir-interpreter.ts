// Test-only reference interpreter of the planner's IR (src/rego/ir/types.ts): runs a plan over JS values
// so the planner can be tested differentially before (and independently of) the Wasm back end.
// Never imported by src/. Semantics follow the statement docs in types.ts.
import type { Block, Func, Operand, Policy, Stmt } from '../../src/rego/ir/types';
import { RObject, RSet, equal, typeName, type Value } from './ir-values';

/** A built-in implementation; throw BuiltinError for OPA's builtin errors (undefined unless strict). */
export type BuiltinImpl = (args: Value[]) => Value | undefined;

/** A built-in failed (type error, division by zero …). */
export class BuiltinError extends Error {
  constructor(message: string, readonly code: 'eval_type_error' | 'eval_builtin_error' = 'eval_type_error') {
    super(message);
  }
}

/** A run-time error raised by the plan (conflicts, strict built-in errors). */
export class EvalError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

type Locals = Array<Value | undefined>;
/**
 * Outcome of a statement: DONE (go on), RETURN, or break to the end of the block `n` levels out (0 = the
 * block holding the statement). A block returns DONE (completed), ENDED (stopped early) or the break
 * level its parent statement must pass on.
 */
type Signal = number;
const DONE: Signal = -1;
const ENDED: Signal = -2;
const RETURN: Signal = 1e9;

/** Options of a run. */
export interface InterpOptions {
  builtins: Readonly<Record<string, BuiltinImpl>>;
  strictBuiltinErrors?: boolean;
}

/** Runs plans of a policy. */
export class IrInterpreter {
  private readonly funcs = new Map<string, Func>();
  private memo: Array<Map<string, Value | undefined>> = [];
  private results: Value[] = [];

  constructor(private readonly policy: Policy, private readonly opts: InterpOptions) {
    for (const f of policy.funcs) this.funcs.set(f.name, f);
  }

  /** Evaluates a plan; returns its result set (objects of bindings). */
  evalPlan(name: string, input: Value | undefined, data: Value): Value[] {
    const plan = this.policy.plans.find((p) => p.name === name);
    if (!plan) throw new Error(`no plan ${name}`);
    this.results = [];
    this.memo = [new Map()];
    const locals: Locals = [input, data];
    for (const block of plan.blocks) this.runBlock(block, locals);
    return this.results;
  }

  private operand(op: Operand, locals: Locals): Value | undefined {
    if (op.kind === 'local') return locals[op.value];
    if (op.kind === 'string') return this.policy.static.strings[op.value];
    return op.value;
  }

  private runBlock(block: Block, locals: Locals): Signal {
    for (const stmt of block.stmts) {
      const s = this.exec(stmt, locals);
      if (s === RETURN) return RETURN;
      if (s !== DONE) return s === 0 ? ENDED : s - 1;
    }
    return DONE;
  }

  /** Runs a nested block; returns the signal for the enclosing block (breaks beyond it propagate). */
  private nested(block: Block, locals: Locals): { completed: boolean; signal: Signal } {
    const s = this.runBlock(block, locals);
    if (s === DONE) return { completed: true, signal: DONE };
    if (s === ENDED) return { completed: false, signal: DONE };
    return { completed: false, signal: s };
  }

  private callFunc(func: Func, args: Array<Value | undefined>): Value | undefined {
    const memoKey = func.params.length === 2 ? func.name : undefined;
    const table = this.memo[this.memo.length - 1];
    if (memoKey && table.has(memoKey)) return table.get(memoKey);
    const locals: Locals = [];
    func.params.forEach((p, i) => (locals[p] = args[i]));
    for (const block of func.blocks) {
      if (this.runBlock(block, locals) === RETURN) break;
    }
    const result = locals[func.return];
    if (memoKey) table.set(memoKey, result);
    return result;
  }

  private callBuiltin(name: string, args: Value[]): Value | undefined {
    const impl = this.opts.builtins[name];
    if (!impl) throw new EvalError('eval_builtin_error', `built-in ${name} not implemented by the test interpreter`);
    try {
      return impl(args);
    } catch (e) {
      if (e instanceof BuiltinError) {
        if (this.opts.strictBuiltinErrors) throw new EvalError(e.code, `${name}: ${e.message}`);
        return undefined;
      }
      throw e;
    }
  }

  private exec(stmt: Stmt, locals: Locals): Signal {
    const op = (o: Operand): Value | undefined => this.operand(o, locals);
    switch (stmt.kind) {
      case 'ReturnLocalStmt':
        return RETURN;
      case 'CallStmt': {
        const args = stmt.args.map(op);
        const func = this.funcs.get(stmt.func);
        let result: Value | undefined;
        if (func) result = this.callFunc(func, args);
        else if (args.some((a) => a === undefined)) result = undefined;
        else result = this.callBuiltin(stmt.func, args as Value[]);
        locals[stmt.result] = result;
        return result === undefined ? 0 : DONE;
      }
      case 'CallDynamicStmt':
        throw new Error('CallDynamicStmt is not planned');
      case 'BlockStmt':
        for (const b of stmt.blocks) {
          const r = this.nested(b, locals);
          if (r.signal !== DONE) return r.signal;
        }
        return DONE;
      case 'BreakStmt':
        return stmt.index;
      case 'DotStmt': {
        const v = dot(op(stmt.source), op(stmt.key));
        locals[stmt.target] = v;
        return v === undefined ? 0 : DONE;
      }
      case 'LenStmt': {
        const v = op(stmt.source);
        if (v === undefined) return 0;
        locals[stmt.target] = typeof v === 'string' ? Buffer.byteLength(v) : Array.isArray(v) ? v.length : v instanceof RObject || v instanceof RSet ? v.map.size : 0;
        return DONE;
      }
      case 'ScanStmt': {
        for (const [k, v] of elements(locals[stmt.source])) {
          locals[stmt.key] = k;
          locals[stmt.value] = v;
          const r = this.nested(stmt.block, locals);
          if (r.signal !== DONE) return r.signal;
        }
        return DONE;
      }
      case 'NotStmt': {
        const r = this.nested(stmt.block, locals);
        if (r.signal !== DONE) return r.signal;
        return r.completed ? 0 : DONE;
      }
      case 'AssignIntStmt':
      case 'MakeNumberIntStmt':
        locals[stmt.target] = stmt.value;
        return DONE;
      case 'AssignVarStmt':
        locals[stmt.target] = op(stmt.source);
        return DONE;
      case 'AssignVarOnceStmt': {
        const v = op(stmt.source);
        const cur = locals[stmt.target];
        if (cur !== undefined && v !== undefined && !equal(cur, v)) throw new EvalError('eval_conflict_error', stmt.conflict ?? 'var assignment conflict');
        locals[stmt.target] = v;
        return DONE;
      }
      case 'ResetLocalStmt':
        locals[stmt.target] = undefined;
        return DONE;
      case 'MakeNullStmt':
        locals[stmt.target] = null;
        return DONE;
      case 'MakeNumberRefStmt':
        locals[stmt.target] = Number(this.policy.static.strings[stmt.index]);
        return DONE;
      case 'MakeArrayStmt':
        locals[stmt.target] = [];
        return DONE;
      case 'MakeObjectStmt':
        locals[stmt.target] = new RObject();
        return DONE;
      case 'MakeSetStmt':
        locals[stmt.target] = new RSet();
        return DONE;
      case 'EqualStmt':
      case 'NotEqualStmt': {
        const a = op(stmt.a);
        const b = op(stmt.b);
        if (a === undefined || b === undefined) return 0;
        return equal(a, b) === (stmt.kind === 'EqualStmt') ? DONE : 0;
      }
      case 'IsArrayStmt':
        return Array.isArray(op(stmt.source)) ? DONE : 0;
      case 'IsObjectStmt':
        return op(stmt.source) instanceof RObject ? DONE : 0;
      case 'IsSetStmt':
        return op(stmt.source) instanceof RSet ? DONE : 0;
      case 'IsDefinedStmt':
        return locals[stmt.source] !== undefined ? DONE : 0;
      case 'IsUndefinedStmt':
        return locals[stmt.source] === undefined ? DONE : 0;
      case 'ArrayAppendStmt':
        (locals[stmt.array] as Value[]).push(op(stmt.value) as Value);
        return DONE;
      case 'SetAddStmt':
        (locals[stmt.set] as RSet).add(op(stmt.value) as Value);
        return DONE;
      case 'ObjectInsertStmt':
        (locals[stmt.object] as RObject).set(op(stmt.key) as Value, op(stmt.value) as Value);
        return DONE;
      case 'ObjectInsertOnceStmt': {
        const obj = locals[stmt.object] as RObject;
        const k = op(stmt.key) as Value;
        const v = op(stmt.value) as Value;
        if (obj.has(k) && !equal(obj.get(k) as Value, v)) throw new EvalError('eval_conflict_error', stmt.conflict ?? 'object insert conflict');
        obj.set(k, v);
        return DONE;
      }
      case 'ObjectMergeStmt':
        locals[stmt.target] = merge(locals[stmt.a] as Value, locals[stmt.b] as Value);
        return DONE;
      case 'WithStmt':
        return this.execWith(stmt, locals);
      case 'NopStmt':
        return DONE;
      case 'ResultSetAddStmt':
        this.results.push(locals[stmt.value] as Value);
        return DONE;
    }
  }

  private execWith(stmt: Extract<Stmt, { kind: 'WithStmt' }>, locals: Locals): Signal {
    const saved = locals[stmt.local];
    const value = this.operand(stmt.value, locals) as Value;
    const path = stmt.path.map((i) => this.policy.static.strings[i]);
    locals[stmt.local] = upsert(saved, path, value);
    this.memo.push(new Map());
    try {
      const r = this.nested(stmt.block, locals);
      if (r.signal !== DONE) return r.signal;
      return r.completed ? DONE : 0;
    } finally {
      this.memo.pop();
      locals[stmt.local] = saved;
    }
  }
}

function dot(src: Value | undefined, key: Value | undefined): Value | undefined {
  if (src === undefined || key === undefined) return undefined;
  if (Array.isArray(src)) return typeof key === 'number' && Number.isInteger(key) ? src[key] : undefined;
  if (src instanceof RObject) return src.get(key);
  if (src instanceof RSet) return src.has(key) ? key : undefined;
  return undefined;
}

function elements(v: Value | undefined): Array<[Value, Value]> {
  if (Array.isArray(v)) return v.map((x, i) => [i, x]);
  if (v instanceof RObject) return v.entries();
  if (v instanceof RSet) return v.values().map((x) => [x, x]);
  return [];
}

function merge(a: Value, b: Value): Value {
  if (!(a instanceof RObject) || !(b instanceof RObject)) return a;
  const out = a.copy();
  for (const [k, v] of b.entries()) out.set(k, out.has(k) ? merge(out.get(k) as Value, v) : v);
  return out;
}

function upsert(doc: Value | undefined, path: string[], value: Value): Value {
  if (path.length === 0) return value;
  const obj = doc instanceof RObject ? doc.copy() : new RObject();
  obj.set(path[0], upsert(obj.get(path[0]), path.slice(1), value));
  return obj;
}

/** Type name used in builtin error messages. */
export { typeName };
