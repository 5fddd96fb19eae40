// The planner's state: the policy being built (interned strings, files, built-ins, functions) and the
// function currently being planned (locals, the block statements go into, var bindings, `with` scope).
// Planning is continuation-passing: each plan* function emits its statements, then calls the
// continuation where the rest of the query must run (inside scans, blocks, `with` scopes).
import { PlangateError, diagnostic } from '../../diagnostics';
import type { NodeBase } from '../ast/nodes';
import type { CompiledProgram, RuleTreeNode } from '../compiler';
import type { Block, BuiltinFunc, Func, IrLocation, Local, Operand, Plan, Stmt } from '../ir/types';

/** What a `with` replaced for the statements planned inside it. */
export interface WithScope {
  /** Data path (joined by '\u0000') → the local holding its replacement. */
  overrides: Map<string, { path: string[]; value: Local }>;
  /** Function or built-in name → its replacement (a value, or another function/built-in). */
  mocks: Map<string, { kind: 'value'; value: Local } | { kind: 'func'; name: string }>;
}

/** An empty `with` scope. */
export function emptyWithScope(): WithScope {
  return { overrides: new Map(), mocks: new Map() };
}

/** Throws an internal planner error (a compiler bug, never a user error). */
export function internalError(message: string, at?: NodeBase): never {
  const loc = at ? { file: at.loc.file, line: at.loc.line, col: at.loc.col } : undefined;
  throw new PlangateError(diagnostic('internal_error', `planner: ${message}`, loc));
}

/** The policy under construction, shared by every function planned. */
export class PolicyBuilder {
  readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  readonly builtins = new Map<string, BuiltinFunc>();
  readonly funcs: Func[] = [];
  readonly plans: Plan[] = [];
  /** Function name by rule group key (group path + `with` signature). */
  readonly groupFuncs = new Map<string, string>();
  private copies = 0;

  constructor(readonly program: CompiledProgram) {}

  /** Index of an interned string constant. */
  string(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  file(name: string): number {
    let i = this.fileIndex.get(name);
    if (i === undefined) {
      i = this.files.length;
      this.files.push(name);
      this.fileIndex.set(name, i);
    }
    return i;
  }

  /** Registers a built-in the plan calls. */
  useBuiltin(name: string): void {
    if (this.builtins.has(name)) return;
    const decl = this.program.builtins(name);
    if (!decl) internalError(`unknown built-in ${name}`);
    this.builtins.set(name, { name, arity: decl.args.length, hasResult: decl.result !== null });
  }

  /** Name of a fresh function copy for a group planned under a `with` scope. */
  copyName(node: RuleTreeNode): string {
    this.copies++;
    return `g${this.copies}.data.${node.path.join('.')}`;
  }
}

/** Planning state of one function or plan. */
export class FuncState {
  private nextLocal: number;
  /** The block statements are appended to. */
  block: Block = { stmts: [] };
  /** Var name → local holding its value. */
  vars = new Map<string, Local>();
  /** Position stamped on emitted statements. */
  loc: IrLocation | undefined;
  withScope: WithScope = emptyWithScope();

  constructor(readonly policy: PolicyBuilder, firstFree: Local) {
    this.nextLocal = firstFree;
  }

  newLocal(): Local {
    return this.nextLocal++;
  }

  emit(stmt: Stmt): void {
    this.block.stmts.push(this.loc ? { ...stmt, loc: this.loc } : stmt);
  }

  /** Sets the position for the statements that follow. */
  at(node: NodeBase): void {
    this.loc = { file: this.policy.file(node.loc.file), row: node.loc.line, col: node.loc.col };
  }

  /** Runs `f` with statements going to `block`, then restores the current block. */
  into(block: Block, f: () => void): void {
    const saved = this.block;
    this.block = block;
    try {
      f();
    } finally {
      this.block = saved;
    }
  }

  /** Runs `f` with a copy of the var bindings, restoring them afterwards (one branch of a plan). */
  branch(f: () => void): void {
    const saved = this.vars;
    this.vars = new Map(saved);
    try {
      f();
    } finally {
      this.vars = saved;
    }
  }

  /** Emits a BlockStmt with one block whose statements `f` emits; an undefined statement inside only ends it. */
  nested(f: () => void): void {
    const block: Block = { stmts: [] };
    this.branch(() => this.into(block, f));
    this.emit({ kind: 'BlockStmt', blocks: [block] });
  }

  /** A local holding an operand (copies constants into a fresh local). */
  toLocal(op: Operand): Local {
    if (op.kind === 'local') return op.value;
    const l = this.newLocal();
    this.emit({ kind: 'AssignVarStmt', source: op, target: l });
    return l;
  }

  lookupVar(name: string): Local | undefined {
    return this.vars.get(name);
  }

  bind(name: string, l: Local): void {
    this.vars.set(name, l);
  }
}

/** Shorthand for a local operand. */
export function local(value: Local): Operand {
  return { kind: 'local', value };
}
