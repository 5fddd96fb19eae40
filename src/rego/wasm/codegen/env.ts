// The environment statement emitters receive: the policy-wide context plus facts about the function being
// written (memo key of a memoised rule, the result-set local of a plan) and a way to emit nested blocks.
import type { Block, Local, Stmt } from '../../ir/types';
import type { CodegenContext } from './context';
import type { FunctionEmitter } from './function-emitter';

/** What every statement emitter receives. */
export interface StmtEnv {
  cx: CodegenContext;
  /** Emits a nested IR block (statements fail to its end). */
  block: (fx: FunctionEmitter, block: Block) => void;
  /** Emits statements into the current IR block. */
  stmts: (fx: FunctionEmitter, stmts: readonly Stmt[]) => void;
  /** Memo key when the function being written is a memoised rule. */
  memoKey?: number;
  /** Wasm local holding the result set, in plan functions. */
  resultSet?: number;
  /** Scan key locals that statements of the function read (readScanKeys); other scans skip building keys. */
  readScanKeys: ReadonlySet<Local>;
}

/** Emitter of one statement kind. */
export type StmtEmitter<K extends Stmt['kind']> = (fx: FunctionEmitter, stmt: Extract<Stmt, { kind: K }>, env: StmtEnv) => void;

/** One emitter per statement kind; the type makes the table exhaustive. */
export type StmtEmitterTable = { [K in Stmt['kind']]: StmtEmitter<K> };
