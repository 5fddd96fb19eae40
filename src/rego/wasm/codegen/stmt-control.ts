// Control-flow statements: nested blocks, breaks, scans, negation, `with` scopes, returns (wasm-abi.md 4.4).
// Failing to "the end of the current IR block" is a br to that block's label; see FunctionEmitter.
import type { Local } from '../../ir/types';
import type { CodegenContext } from './context';
import type { StmtEmitter } from './env';
import { FunctionEmitter } from './function-emitter';

const OBJECT_TYPE = 6;

/** Each nested block as its own Wasm block. */
export const emitBlockStmt: StmtEmitter<'BlockStmt'> = (fx, stmt, env) => {
  for (const b of stmt.blocks) env.block(fx, b);
};

/** Br to the end of the IR block `index` levels out. */
export const emitBreakStmt: StmtEmitter<'BreakStmt'> = (fx, stmt) => {
  fx.emit('br', fx.breakDepth(stmt.index));
};

/** Emits nothing. */
export const emitNopStmt: StmtEmitter<'NopStmt'> = () => {};

/**
 * `block { loop { value = scan_value(src, i); if !value break; key = scan_key(src, i); i++; <block>; br loop } }`:
 * elements by position, so a step neither looks the previous key up again nor (when the key is not read) builds one.
 */
export const emitScanStmt: StmtEmitter<'ScanStmt'> = (fx, stmt, env) => {
  const { cx } = env;
  const src = fx.local(stmt.source);
  const key = fx.local(stmt.key);
  const value = fx.local(stmt.value);
  const position = fx.temp();
  fx.emit('i32.const', 0);
  fx.emit('local.set', key);
  fx.emit('i32.const', 0);
  fx.emit('local.set', position);
  fx.open('block');
  // An undefined source scans nothing, like a scalar.
  fx.emit('local.get', src);
  fx.emit('i32.eqz');
  fx.emit('br_if', 0);
  fx.open('loop');
  fx.emit('local.get', src);
  fx.emit('local.get', position);
  fx.emit('call', cx.rt('opa_scan_value'));
  fx.emit('local.tee', value);
  fx.emit('i32.eqz');
  fx.emit('br_if', 1);
  if (env.readScanKeys.has(stmt.key)) {
    fx.emit('local.get', src);
    fx.emit('local.get', position);
    fx.emit('call', cx.rt('opa_scan_key'));
    fx.emit('local.set', key);
  }
  fx.emit('local.get', position);
  fx.emit('i32.const', 1);
  fx.emit('i32.add');
  fx.emit('local.set', position);
  env.block(fx, stmt.block);
  fx.emit('br', 0);
  fx.close();
  fx.close();
};

/** The block runs with `incomplete` = 1, cleared at its end; Not fails iff the block completed. */
export const emitNotStmt: StmtEmitter<'NotStmt'> = (fx, stmt, env) => {
  const incomplete = fx.temp();
  fx.emit('i32.const', 1);
  fx.emit('local.set', incomplete);
  fx.irBlock(() => {
    env.stmts(fx, stmt.block.stmts);
    fx.emit('i32.const', 0);
    fx.emit('local.set', incomplete);
  });
  fx.emit('local.get', incomplete);
  fx.failUnless();
};

/** Generated helper `(v) -> copy`: a shallow copy of an object, or a fresh object for undefined and non-objects. */
function copyObjectHelper(cx: CodegenContext): number {
  return cx.helper('with_copy_object', () => {
    const index = cx.linker.declareFunction('with_copy_object', 1, 1);
    const fx = new FunctionEmitter([0]);
    fx.emit('local.get', 0);
    fx.open('if');
    fx.emit('local.get', 0);
    fx.emit('call', cx.rt('opa_value_type'));
    fx.emit('i32.const', OBJECT_TYPE);
    fx.emit('i32.eq');
    fx.open('if');
    fx.emit('local.get', 0);
    fx.emit('call', cx.rt('opa_value_shallow_copy'));
    fx.emit('return');
    fx.close();
    fx.close();
    fx.emit('call', cx.rt('opa_object'));
    cx.linker.defineFunction(index, fx.extraLocals, fx.instrs);
    return index;
  });
}

/** Target = copy of target with `value` at `path` (string constants), copying each object on the path. */
function emitUpsert(fx: FunctionEmitter, cx: CodegenContext, target: Local, path: readonly number[], pushValue: () => void): void {
  const copy = copyObjectHelper(cx);
  const root = fx.temp();
  const cur = fx.temp();
  const child = fx.temp();
  fx.emit('local.get', fx.local(target));
  fx.emit('call', copy);
  fx.emit('local.tee', root);
  fx.emit('local.set', cur);
  path.slice(0, -1).forEach((keyIndex) => {
    const key = cx.linker.data.stringValue(cx.string(keyIndex));
    fx.emit('local.get', cur);
    fx.emit('i32.const', key);
    fx.emit('call', cx.rt('opa_value_get'));
    fx.emit('call', copy);
    fx.emit('local.set', child);
    fx.emit('local.get', cur);
    fx.emit('i32.const', key);
    fx.emit('local.get', child);
    fx.emit('call', cx.rt('opa_object_insert'));
    fx.emit('local.get', child);
    fx.emit('local.set', cur);
  });
  fx.emit('local.get', cur);
  fx.emit('i32.const', cx.linker.data.stringValue(cx.string(path[path.length - 1])));
  pushValue();
  fx.emit('call', cx.rt('opa_object_insert'));
  fx.emit('local.get', root);
  fx.emit('local.set', fx.local(target));
}

/** Memoize_push; save; replace or upsert; run the block; restore; memoize_pop; fail if the block did not complete. */
export const emitWithStmt: StmtEmitter<'WithStmt'> = (fx, stmt, env) => {
  const { cx } = env;
  const target = fx.local(stmt.local);
  const saved = fx.temp();
  const incomplete = fx.temp();
  fx.emit('call', cx.rt('opa_memoize_push'));
  fx.emit('local.get', target);
  fx.emit('local.set', saved);
  if (stmt.path.length === 0) {
    cx.pushOperand(fx, stmt.value);
    fx.emit('local.set', target);
  } else {
    emitUpsert(fx, cx, stmt.local, stmt.path, () => cx.pushOperand(fx, stmt.value));
  }
  fx.emit('i32.const', 1);
  fx.emit('local.set', incomplete);
  fx.irBlock(() => {
    env.stmts(fx, stmt.block.stmts);
    fx.emit('i32.const', 0);
    fx.emit('local.set', incomplete);
  }, true);
  fx.emit('local.get', saved);
  fx.emit('local.set', target);
  fx.emit('call', cx.rt('opa_memoize_pop'));
  fx.emit('local.get', incomplete);
  fx.failIf();
};

/** Memoises a defined result of a plain rule, then returns it. */
export const emitReturnLocalStmt: StmtEmitter<'ReturnLocalStmt'> = (fx, stmt, env) => {
  const src = fx.local(stmt.source);
  if (env.memoKey !== undefined) {
    fx.emit('local.get', src);
    fx.open('if');
    fx.emit('i32.const', env.memoKey);
    fx.emit('local.get', src);
    fx.emit('call', env.cx.rt('opa_memoize_insert'));
    fx.close();
  }
  fx.emit('local.get', src);
  fx.emit('return');
};
