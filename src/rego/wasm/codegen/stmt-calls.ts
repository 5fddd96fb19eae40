// Calls: plan functions (direct call), built-ins in the runtime (call the export) or on the host
// (opa_builtinN with OPA's builtin id), and CallDynamic (compile-time path trie → table index → call_indirect).
import type { Operand } from '../../ir/types';
import { VALTYPE } from '../encoder/opcodes';
import type { CodegenContext } from './context';
import type { StmtEmitter } from './env';
import type { FunctionEmitter } from './function-emitter';

/** opa_builtin0 … opa_builtin4: OPA's host dispatchers take at most four arguments. */
const MAX_HOST_ARGS = 4;

function finishCall(fx: FunctionEmitter, result: number, hasResult: boolean): void {
  if (hasResult) {
    fx.emit('local.tee', result);
    fx.failUnless();
  } else {
    fx.emit('drop');
  }
}

/** Direct call of a plan function, runtime built-in export, or host dispatcher; undefined result fails. */
export const emitCallStmt: StmtEmitter<'CallStmt'> = (fx, stmt, { cx }) => {
  const result = fx.local(stmt.result);
  const pushArgs = (): void => stmt.args.forEach((a) => cx.pushOperand(fx, a));
  const func = cx.funcs.get(stmt.func);
  if (func) {
    const expected = cx.linker.functionType(func.index).params.length;
    if (expected !== stmt.args.length) throw new Error(`call to ${stmt.func} with ${stmt.args.length} arguments, expected ${expected}`);
    pushArgs();
    fx.emit('call', func.index);
    finishCall(fx, result, true);
    return;
  }
  const builtin = cx.builtins.get(stmt.func);
  if (!builtin) throw new Error(`call to unknown function ${stmt.func}`);
  if (builtin.kind === 'runtime') {
    if (cx.options.strictBuiltinErrors) {
      // Only strict modules pay for the location: it prefixes the error a failing built-in raises.
      fx.emit('i32.const', cx.linker.data.cstring(cx.fileName(stmt.loc)).addr);
      fx.emit('i32.const', stmt.loc?.row ?? 0);
      fx.emit('call', cx.rt('opa_builtin_location'));
    }
    pushArgs();
    if (builtin.hostId !== undefined) fx.emit('i32.const', builtin.hostId);
    fx.emit('call', builtin.funcIndex);
    if (builtin.returnsValue) finishCall(fx, result, builtin.hasResult);
    return;
  }
  if (stmt.args.length > MAX_HOST_ARGS) throw cx.compileError('too many built-in call arguments', stmt.loc);
  fx.emit('i32.const', builtin.id);
  fx.emit('i32.const', 0);
  pushArgs();
  fx.emit('call', cx.linker.hostImport(`opa_builtin${stmt.args.length}`));
  finishCall(fx, result, builtin.hasResult);
};

/** A node of the dynamic-call trie built from function paths. */
interface PathTrie {
  children: Map<string, PathTrie>;
  tableIndex?: number;
}

function buildTrie(cx: CodegenContext): PathTrie {
  const root: PathTrie = { children: new Map() };
  for (const target of cx.dynamicTargets) {
    let node = root;
    for (const key of target.path) {
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map() };
        node.children.set(key, next);
      }
      node = next;
    }
    node.tableIndex = target.tableIndex;
  }
  return root;
}

/** Sets `slot` to the table index of the function whose path equals `path`; constants prune at compile time. */
function emitTrieWalk(fx: FunctionEmitter, cx: CodegenContext, node: PathTrie, path: readonly Operand[], slot: number): void {
  if (path.length === 0) {
    if (node.tableIndex !== undefined) {
      fx.emit('i32.const', node.tableIndex);
      fx.emit('local.set', slot);
    }
    return;
  }
  const [head, ...rest] = path;
  if (head.kind === 'string') {
    const child = node.children.get(cx.string(head.value));
    if (child) emitTrieWalk(fx, cx, child, rest, slot);
    return;
  }
  if (head.kind !== 'local' || node.children.size === 0) return;
  const local = fx.local(head.value);
  fx.emit('local.get', local);
  fx.open('if');
  for (const [key, child] of node.children) {
    fx.emit('local.get', local);
    fx.emit('i32.const', cx.linker.data.stringValue(key));
    fx.emit('call', cx.rt('opa_value_compare'));
    fx.emit('i32.eqz');
    fx.open('if');
    emitTrieWalk(fx, cx, child, rest, slot);
    fx.close();
  }
  fx.close();
}

/** Table index from the path trie, then call_indirect (input, data); unknown path or undefined result fails. */
export const emitCallDynamicStmt: StmtEmitter<'CallDynamicStmt'> = (fx, stmt, { cx }) => {
  const slot = fx.temp();
  fx.emit('i32.const', 0);
  fx.emit('local.set', slot);
  emitTrieWalk(fx, cx, buildTrie(cx), stmt.path, slot);
  fx.emit('local.get', slot);
  fx.failUnless();
  for (const a of stmt.args) fx.emit('local.get', fx.local(a));
  fx.emit('local.get', slot);
  fx.emit('call_indirect', cx.linker.typeIndex([VALTYPE.i32, VALTYPE.i32], [VALTYPE.i32]), 0);
  fx.emit('local.tee', fx.local(stmt.result));
  fx.failUnless();
};
