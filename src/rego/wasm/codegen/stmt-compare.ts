// Guards: equality, type tests and definedness. Each fails the current IR block instead of producing a value;
// an undefined local operand fails too, so the runtime never sees address 0.
import type { Operand } from '../../ir/types';
import type { StmtEmitter, StmtEnv } from './env';
import type { FunctionEmitter } from './function-emitter';

const TYPE_TAG = { array: 5, object: 6, set: 7 } as const;

function emitCompare(fx: FunctionEmitter, a: Operand, b: Operand, { cx }: StmtEnv): void {
  cx.guardDefined(fx, a);
  cx.guardDefined(fx, b);
  cx.pushOperand(fx, a);
  cx.pushOperand(fx, b);
  fx.emit('call', cx.rt('opa_value_compare'));
}

/** Fails unless opa_value_compare(a, b) == 0. */
export const emitEqualStmt: StmtEmitter<'EqualStmt'> = (fx, stmt, env) => {
  emitCompare(fx, stmt.a, stmt.b, env);
  fx.failIf();
};

/** Fails if opa_value_compare(a, b) == 0. */
export const emitNotEqualStmt: StmtEmitter<'NotEqualStmt'> = (fx, stmt, env) => {
  emitCompare(fx, stmt.a, stmt.b, env);
  fx.failUnless();
};

function emitTypeGuard(fx: FunctionEmitter, source: Operand, tag: number, { cx }: StmtEnv): void {
  cx.guardDefined(fx, source);
  cx.pushOperand(fx, source);
  fx.emit('call', cx.rt('opa_value_type'));
  fx.emit('i32.const', tag);
  fx.emit('i32.ne');
  fx.failIf();
}

/** Fails unless the value is an array. */
export const emitIsArrayStmt: StmtEmitter<'IsArrayStmt'> = (fx, stmt, env) => emitTypeGuard(fx, stmt.source, TYPE_TAG.array, env);
/** Fails unless the value is an object. */
export const emitIsObjectStmt: StmtEmitter<'IsObjectStmt'> = (fx, stmt, env) => emitTypeGuard(fx, stmt.source, TYPE_TAG.object, env);
/** Fails unless the value is a set. */
export const emitIsSetStmt: StmtEmitter<'IsSetStmt'> = (fx, stmt, env) => emitTypeGuard(fx, stmt.source, TYPE_TAG.set, env);

/** Fails if the local is undefined. */
export const emitIsDefinedStmt: StmtEmitter<'IsDefinedStmt'> = (fx, stmt) => {
  fx.emit('local.get', fx.local(stmt.source));
  fx.failUnless();
};

/** Fails if the local is defined. */
export const emitIsUndefinedStmt: StmtEmitter<'IsUndefinedStmt'> = (fx, stmt) => {
  fx.emit('local.get', fx.local(stmt.source));
  fx.failIf();
};
