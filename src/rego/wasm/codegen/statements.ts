// The statement table: IR statement kind → emitter (one entry per kind, checked exhaustive by its type),
// and the block/statement walkers every emitter shares through StmtEnv.
import type { Block, Stmt } from '../../ir/types';
import type { StmtEmitter, StmtEmitterTable, StmtEnv } from './env';
import type { FunctionEmitter } from './function-emitter';
import { emitCallDynamicStmt, emitCallStmt } from './stmt-calls';
import {
  emitArrayAppendStmt, emitObjectInsertOnceStmt, emitObjectInsertStmt, emitObjectMergeStmt, emitResultSetAddStmt, emitSetAddStmt,
} from './stmt-collections';
import {
  emitEqualStmt, emitIsArrayStmt, emitIsDefinedStmt, emitIsObjectStmt, emitIsSetStmt, emitIsUndefinedStmt, emitNotEqualStmt,
} from './stmt-compare';
import { emitBlockStmt, emitBreakStmt, emitNopStmt, emitNotStmt, emitReturnLocalStmt, emitScanStmt, emitWithStmt } from './stmt-control';
import {
  emitAssignIntStmt, emitAssignVarOnceStmt, emitAssignVarStmt, emitDotStmt, emitLenStmt, emitMakeArrayStmt, emitMakeNullStmt,
  emitMakeNumberIntStmt, emitMakeNumberRefStmt, emitMakeObjectStmt, emitMakeSetStmt, emitResetLocalStmt,
} from './stmt-values';

/** Every IR statement kind and its emitter. */
export const STMT_EMITTERS: StmtEmitterTable = {
  ReturnLocalStmt: emitReturnLocalStmt,
  CallStmt: emitCallStmt,
  CallDynamicStmt: emitCallDynamicStmt,
  BlockStmt: emitBlockStmt,
  BreakStmt: emitBreakStmt,
  DotStmt: emitDotStmt,
  LenStmt: emitLenStmt,
  ScanStmt: emitScanStmt,
  NotStmt: emitNotStmt,
  AssignIntStmt: emitAssignIntStmt,
  AssignVarStmt: emitAssignVarStmt,
  AssignVarOnceStmt: emitAssignVarOnceStmt,
  ResetLocalStmt: emitResetLocalStmt,
  MakeNullStmt: emitMakeNullStmt,
  MakeNumberIntStmt: emitMakeNumberIntStmt,
  MakeNumberRefStmt: emitMakeNumberRefStmt,
  MakeArrayStmt: emitMakeArrayStmt,
  MakeObjectStmt: emitMakeObjectStmt,
  MakeSetStmt: emitMakeSetStmt,
  EqualStmt: emitEqualStmt,
  NotEqualStmt: emitNotEqualStmt,
  IsArrayStmt: emitIsArrayStmt,
  IsObjectStmt: emitIsObjectStmt,
  IsSetStmt: emitIsSetStmt,
  IsDefinedStmt: emitIsDefinedStmt,
  IsUndefinedStmt: emitIsUndefinedStmt,
  ArrayAppendStmt: emitArrayAppendStmt,
  SetAddStmt: emitSetAddStmt,
  ObjectInsertStmt: emitObjectInsertStmt,
  ObjectInsertOnceStmt: emitObjectInsertOnceStmt,
  ObjectMergeStmt: emitObjectMergeStmt,
  WithStmt: emitWithStmt,
  NopStmt: emitNopStmt,
  ResultSetAddStmt: emitResultSetAddStmt,
};

/** Emits statements into the current IR block. */
export function emitStmts(fx: FunctionEmitter, stmts: readonly Stmt[], env: StmtEnv): void {
  for (const stmt of stmts) (STMT_EMITTERS[stmt.kind] as StmtEmitter<Stmt['kind']>)(fx, stmt, env);
}

/** Emits one IR block as a Wasm `block`. */
export function emitBlock(fx: FunctionEmitter, block: Block, env: StmtEnv): void {
  fx.irBlock(() => emitStmts(fx, block.stmts, env));
}

/** A StmtEnv whose block walkers are the ones above. */
export function makeStmtEnv(base: Omit<StmtEnv, 'block' | 'stmts'>): StmtEnv {
  const env: StmtEnv = {
    ...base,
    block: (fx, block) => emitBlock(fx, block, env),
    stmts: (fx, stmts) => emitStmts(fx, stmts, env),
  };
  return env;
}
