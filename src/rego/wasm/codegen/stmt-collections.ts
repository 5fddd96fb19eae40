// Statements that mutate fresh composites: array append, set add, object insert (once), merge, and the
// plan's result set. Insert-once conflicts raise the statement's run-time error.
import type { StmtEmitter } from './env';

/** opa_array_append(array, value). */
export const emitArrayAppendStmt: StmtEmitter<'ArrayAppendStmt'> = (fx, stmt, { cx }) => {
  fx.emit('local.get', fx.local(stmt.array));
  cx.pushOperand(fx, stmt.value);
  fx.emit('call', cx.rt('opa_array_append'));
};

/** opa_set_add(set, value). */
export const emitSetAddStmt: StmtEmitter<'SetAddStmt'> = (fx, stmt, { cx }) => {
  fx.emit('local.get', fx.local(stmt.set));
  cx.pushOperand(fx, stmt.value);
  fx.emit('call', cx.rt('opa_set_add'));
};

/** opa_object_insert(object, key, value), overwriting. */
export const emitObjectInsertStmt: StmtEmitter<'ObjectInsertStmt'> = (fx, stmt, { cx }) => {
  fx.emit('local.get', fx.local(stmt.object));
  cx.pushOperand(fx, stmt.key);
  cx.pushOperand(fx, stmt.value);
  fx.emit('call', cx.rt('opa_object_insert'));
};

/** Existing key with a different value: conflict; with an equal value: nothing to do; absent: insert. */
export const emitObjectInsertOnceStmt: StmtEmitter<'ObjectInsertOnceStmt'> = (fx, stmt, { cx }) => {
  const object = fx.local(stmt.object);
  const existing = fx.temp();
  fx.emit('local.get', object);
  cx.pushOperand(fx, stmt.key);
  fx.emit('call', cx.rt('opa_value_get'));
  fx.emit('local.tee', existing);
  fx.open('if');
  fx.emit('local.get', existing);
  cx.pushOperand(fx, stmt.value);
  fx.emit('call', cx.rt('opa_value_compare'));
  fx.open('if');
  cx.conflictError(fx, stmt.loc, stmt.conflict ?? 'object insert conflict');
  fx.close();
  fx.otherwise();
  fx.emit('local.get', object);
  cx.pushOperand(fx, stmt.key);
  cx.pushOperand(fx, stmt.value);
  fx.emit('call', cx.rt('opa_object_insert'));
  fx.close();
};

/** Target = opa_value_merge(a, b); fails if undefined. */
export const emitObjectMergeStmt: StmtEmitter<'ObjectMergeStmt'> = (fx, stmt, { cx }) => {
  fx.emit('local.get', fx.local(stmt.a));
  fx.emit('local.get', fx.local(stmt.b));
  fx.emit('call', cx.rt('opa_value_merge'));
  fx.emit('local.tee', fx.local(stmt.target));
  fx.failUnless();
};

/** Adds a binding object to the plan's result set. */
export const emitResultSetAddStmt: StmtEmitter<'ResultSetAddStmt'> = (fx, stmt, env) => {
  if (env.resultSet === undefined) throw new Error('ResultSetAddStmt outside a plan');
  fx.emit('local.get', env.resultSet);
  fx.emit('local.get', fx.local(stmt.value));
  fx.emit('call', env.cx.rt('opa_set_add'));
};
