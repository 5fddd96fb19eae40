// State of one generated Wasm function: its instruction list, the IR-local → Wasm-local map, and the label
// bookkeeping that turns "fail the current IR block" and BreakStmt indices into `br` depths.
import { instr, type Instr } from '../encoder/instructions';
import type { Local } from '../../ir/types';

/** Block type of blocks, loops and ifs without results. */
const NO_RESULT = -0x40;

/** Collects one function's body. Every IR local becomes an i32 Wasm local on first use. */
export class FunctionEmitter {
  readonly instrs: Instr[] = [];
  private readonly locals = new Map<Local, number>();
  private nextLocal: number;
  /** Open Wasm labels (block/loop/if) counted from the function body. */
  private labelDepth = 0;
  /** For each open IR block (innermost last), the label index of its Wasm `block`. */
  private readonly irBlocks: number[] = [];
  /** Positions in irBlocks of open blocks that must not be left by a break (with scopes restore on exit). */
  private readonly barriers: number[] = [];
  /** Number of Wasm parameters. */
  readonly paramCount: number;

  /** `params` are the IR locals bound to the Wasm parameters, in order; `extraParams` follow them unnamed. */
  constructor(params: readonly Local[], readonly extraParams = 0) {
    params.forEach((p, i) => this.locals.set(p, i));
    this.paramCount = params.length + extraParams;
    this.nextLocal = this.paramCount;
  }

  /** Number of Wasm locals beyond the parameters. */
  get extraLocals(): number {
    return this.nextLocal - this.paramCount;
  }

  /** The Wasm local of an IR local. */
  local(ir: Local): number {
    let index = this.locals.get(ir);
    if (index === undefined) {
      index = this.nextLocal++;
      this.locals.set(ir, index);
    }
    return index;
  }

  /** A fresh scratch local for code generation. */
  temp(): number {
    return this.nextLocal++;
  }

  /** Appends one instruction. */
  emit(op: string, ...args: (number | bigint)[]): void {
    this.instrs.push(instr(op, ...args));
  }

  /** Opens a `block`, `loop` or `if` without result. */
  open(op: 'block' | 'loop' | 'if'): void {
    this.emit(op, NO_RESULT);
    this.labelDepth++;
  }

  /** `else` of the innermost `if`. */
  otherwise(): void {
    this.emit('else');
  }

  /** Closes the innermost open label. */
  close(): void {
    this.emit('end');
    this.labelDepth--;
  }

  /**
   * Emits `block … end` for an IR block; statements inside fail to its end. With `barrier`, breaks from inside
   * may not leave the block (code after it must always run, e.g. restoring a `with` scope).
   */
  irBlock(body: () => void, barrier = false): void {
    this.open('block');
    this.irBlocks.push(this.labelDepth - 1);
    if (barrier) this.barriers.push(this.irBlocks.length - 1);
    body();
    if (barrier) this.barriers.pop();
    this.irBlocks.pop();
    this.close();
  }

  /** `br` depth reaching the end of the IR block `index` levels out (0 = the current one). */
  breakDepth(index: number): number {
    const position = this.irBlocks.length - 1 - index;
    const target = this.irBlocks[position];
    if (target === undefined) throw new Error(`break index ${index} leaves the function (${this.irBlocks.length} open blocks)`);
    const barrier = this.barriers[this.barriers.length - 1];
    if (barrier !== undefined && position < barrier) throw new Error(`break index ${index} leaves a with scope`);
    return this.labelDepth - 1 - target;
  }

  /** Branches to the end of the current IR block when the i32 on the stack is non-zero. */
  failIf(): void {
    this.emit('br_if', this.breakDepth(0));
  }

  /** Branches to the end of the current IR block when the i32 on the stack is zero. */
  failUnless(): void {
    this.emit('i32.eqz');
    this.failIf();
  }
}
