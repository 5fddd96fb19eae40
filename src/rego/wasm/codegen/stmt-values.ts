// Statements that construct values or move them between locals: Make*, Assign*, ResetLocal, Len, Dot.
// Constants come from the static data segment; numbers from source text go through opa_number_ref.
import type { StmtEmitter } from './env';

/** Target = opa_null(). */
export const emitMakeNullStmt: StmtEmitter<'MakeNullStmt'> = (fx, stmt, { cx }) => {
  fx.emit('call', cx.rt('opa_null'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target = opa_number_int(value). */
export const emitMakeNumberIntStmt: StmtEmitter<'MakeNumberIntStmt'> = (fx, stmt, { cx }) => {
  fx.emit('i64.const', BigInt(stmt.value));
  fx.emit('call', cx.rt('opa_number_int'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** The number keeps its exact decimal text: opa_number_ref over the constant's bytes in the data segment. */
export const emitMakeNumberRefStmt: StmtEmitter<'MakeNumberRefStmt'> = (fx, stmt, { cx }) => {
  const text = cx.linker.data.cstring(cx.string(stmt.index));
  fx.emit('i32.const', text.addr);
  fx.emit('i32.const', text.length);
  fx.emit('call', cx.rt('opa_number_ref'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target = opa_array_with_cap(capacity). */
export const emitMakeArrayStmt: StmtEmitter<'MakeArrayStmt'> = (fx, stmt, { cx }) => {
  fx.emit('i32.const', stmt.capacity);
  fx.emit('call', cx.rt('opa_array_with_cap'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target = opa_object(). */
export const emitMakeObjectStmt: StmtEmitter<'MakeObjectStmt'> = (fx, stmt, { cx }) => {
  fx.emit('call', cx.rt('opa_object'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target = opa_set(). */
export const emitMakeSetStmt: StmtEmitter<'MakeSetStmt'> = (fx, stmt, { cx }) => {
  fx.emit('call', cx.rt('opa_set'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** A fresh number rather than an in-place overwrite, so a value shared with another local is never changed. */
export const emitAssignIntStmt: StmtEmitter<'AssignIntStmt'> = (fx, stmt, { cx }) => {
  fx.emit('i64.const', BigInt(stmt.value));
  fx.emit('call', cx.rt('opa_number_int'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target = operand. */
export const emitAssignVarStmt: StmtEmitter<'AssignVarStmt'> = (fx, stmt, { cx }) => {
  cx.pushOperand(fx, stmt.source);
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target undefined: assign. Defined and equal: keep. Defined and different: run-time conflict error. */
export const emitAssignVarOnceStmt: StmtEmitter<'AssignVarOnceStmt'> = (fx, stmt, { cx }) => {
  const target = fx.local(stmt.target);
  fx.emit('local.get', target);
  fx.open('if');
  fx.emit('local.get', target);
  cx.pushOperand(fx, stmt.source);
  fx.emit('call', cx.rt('opa_value_compare'));
  fx.open('if');
  cx.conflictError(fx, stmt.loc, stmt.conflict ?? 'var assignment conflict');
  fx.close();
  fx.otherwise();
  cx.pushOperand(fx, stmt.source);
  fx.emit('local.set', target);
  fx.close();
};

/** Target = 0 (undefined). */
export const emitResetLocalStmt: StmtEmitter<'ResetLocalStmt'> = (fx, stmt) => {
  fx.emit('i32.const', 0);
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target = number of elements or bytes; an undefined source fails. */
export const emitLenStmt: StmtEmitter<'LenStmt'> = (fx, stmt, { cx }) => {
  cx.guardDefined(fx, stmt.source);
  cx.pushOperand(fx, stmt.source);
  fx.emit('call', cx.rt('opa_value_length'));
  fx.emit('i64.extend_i32_u');
  fx.emit('call', cx.rt('opa_number_int'));
  fx.emit('local.set', fx.local(stmt.target));
};

/** Target = source[key]; fails when undefined. */
export const emitDotStmt: StmtEmitter<'DotStmt'> = (fx, stmt, { cx }) => {
  cx.guardDefined(fx, stmt.source);
  cx.guardDefined(fx, stmt.key);
  cx.pushOperand(fx, stmt.source);
  cx.pushOperand(fx, stmt.key);
  fx.emit('call', cx.rt('opa_value_get'));
  fx.emit('local.tee', fx.local(stmt.target));
  fx.failUnless();
};
