// Shared state of one policy's code generation: the linker being appended to, function indices of plan
// functions, runtime exports and host imports, resolved built-ins, and helpers that push IR operands.
import { diagnostic, PlangateError } from '../../../diagnostics';
import type { BuiltinImpl } from '../../builtins/types';
import type { Block, IrLocation, Operand, Policy } from '../../ir/types';
import type { ModuleLinker } from '../link/linker';
import { RUNTIME_FUNCTIONS, type RuntimeFunctionName } from '../runtime-abi';
import type { FunctionEmitter } from './function-emitter';

/** Where a built-in call goes. */
export type BuiltinTarget =
  | { kind: 'runtime'; funcIndex: number; returnsValue: boolean; hasResult: boolean; hostId?: number }
  | { kind: 'host'; id: number; hasResult: boolean };

/** A plan function as the code generator sees it. */
export interface FuncInfo {
  index: number;
  /** Position in policy.funcs: the memo key of memoised rules. */
  irIndex: number;
  memoised: boolean;
}

/** Options of the code generator. */
export interface CodegenOptions {
  /** Where a built-in runs; defaults to the built-in registry. Unknown names use the runtime export if any, else the host. */
  lookupBuiltin?: (name: string) => { impl: BuiltinImpl } | undefined;
  /** Built-in errors abort evaluation (OPA's strict-builtin-errors) instead of making the call undefined. */
  strictBuiltinErrors?: boolean;
}

/** Everything statement emitters need besides the function being written. */
export class CodegenContext {
  readonly funcs = new Map<string, FuncInfo>();
  readonly builtins = new Map<string, BuiltinTarget>();
  /** Function index of each plan, by plan position. */
  readonly plans: number[] = [];
  /** Dynamic-call targets: table index by IR function path, filled when the policy uses CallDynamic. */
  readonly dynamicTargets: { path: string[]; tableIndex: number }[] = [];
  private readonly helpers = new Map<string, number>();
  private readonly runtimeIndices = new Map<RuntimeFunctionName, number>();

  constructor(readonly policy: Policy, readonly linker: ModuleLinker, readonly options: CodegenOptions) {}

  /** Function index of a runtime export from the ABI table (signature checked). */
  rt(name: RuntimeFunctionName): number {
    let index = this.runtimeIndices.get(name);
    if (index === undefined) {
      index = this.linker.runtimeFunction(name, RUNTIME_FUNCTIONS[name]);
      this.runtimeIndices.set(name, index);
    }
    return index;
  }

  /** A generated helper function, created on first use. */
  helper(name: string, create: () => number): number {
    let index = this.helpers.get(name);
    if (index === undefined) {
      index = create();
      this.helpers.set(name, index);
    }
    return index;
  }

  /** The text of a string constant. */
  string(index: number): string {
    const s = this.policy.static.strings[index];
    if (s === undefined) throw new Error(`string constant ${index} out of range`);
    return s;
  }

  /** Pushes an operand's value address. */
  pushOperand(fx: FunctionEmitter, op: Operand): void {
    if (op.kind === 'local') fx.emit('local.get', fx.local(op.value));
    else if (op.kind === 'string') fx.emit('i32.const', this.linker.data.stringValue(this.string(op.value)));
    else fx.emit('i32.const', this.linker.data.boolValue(op.value));
  }

  /** Fails the current block when a local operand is undefined (constants are always defined). */
  guardDefined(fx: FunctionEmitter, op: Operand): void {
    if (op.kind !== 'local') return;
    fx.emit('local.get', fx.local(op.value));
    fx.failUnless();
  }

  /** Name of a statement's source file, for run-time error messages. */
  fileName(loc: IrLocation | undefined): string {
    return (loc && this.policy.static.files[loc.file]) || 'unknown';
  }

  /** A compile error at a statement's location. */
  compileError(message: string, loc: IrLocation | undefined): PlangateError {
    return new PlangateError(diagnostic('rego_compile_error', message, loc ? { file: this.fileName(loc), line: loc.row, col: loc.col } : undefined));
  }

  /** Emits a call to opa_runtime_error(file, row, col, msg) followed by `unreachable`. */
  /** Aborts with "file:row:col: eval_conflict_error: message", the class first as OPA prints its errors. */
  conflictError(fx: FunctionEmitter, loc: IrLocation | undefined, message: string): void {
    this.runtimeError(fx, loc, `eval_conflict_error: ${message}`);
  }

  runtimeError(fx: FunctionEmitter, loc: IrLocation | undefined, message: string): void {
    fx.emit('i32.const', this.linker.data.cstring(this.fileName(loc)).addr);
    fx.emit('i32.const', loc?.row ?? 0);
    fx.emit('i32.const', loc?.col ?? 0);
    fx.emit('i32.const', this.linker.data.cstring(message).addr);
    fx.emit('call', this.rt('opa_runtime_error'));
    fx.emit('unreachable');
  }
}

/** Emits one IR block inside the function being written. */
export type BlockEmitter = (fx: FunctionEmitter, block: Block) => void;
