// Plan functions and entrypoint plans as Wasm functions. Functions are declared before any body is emitted
// so calls can refer forward; plain rules (exactly input and data as params) are memoised per evaluation.
import type { Block, Func, Plan, Stmt } from '../../ir/types';
import type { CodegenContext } from './context';
import { FunctionEmitter } from './function-emitter';
import { makeStmtEnv } from './statements';
import { readScanKeys } from './scan-keys';

/** Params of a plain rule: (input, data). Only those are memoised, as in OPA. */
const RULE_PARAMS = 2;

/** Declares every plan function and plan, filling cx.funcs and cx.plans. */
export function declareFuncs(cx: CodegenContext): void {
  cx.policy.funcs.forEach((f, irIndex) => {
    if (cx.funcs.has(f.name)) throw new Error(`duplicate plan function ${f.name}`);
    const index = cx.linker.declareFunction(f.name, f.params.length, 1);
    cx.funcs.set(f.name, { index, irIndex, memoised: f.params.length === RULE_PARAMS });
  });
  cx.policy.plans.forEach((p, i) => cx.plans.push(cx.linker.declareFunction(`plan ${i} ${p.name}`, 3, 0)));
}

function blockUses(blocks: readonly Block[], kind: Stmt['kind']): boolean {
  return blocks.some((b) => b.stmts.some((s) => s.kind === kind || stmtChildren(s).some((c) => blockUses(c, kind))));
}

function stmtChildren(s: Stmt): Block[][] {
  switch (s.kind) {
    case 'BlockStmt': return [s.blocks];
    case 'ScanStmt': case 'NotStmt': case 'WithStmt': return [[s.block]];
    default: return [];
  }
}

/** Puts every rule function in the function table when some statement calls dynamically. */
export function buildDynamicTable(cx: CodegenContext): void {
  const { funcs, plans } = cx.policy;
  const used = funcs.some((f) => blockUses(f.blocks, 'CallDynamicStmt')) || plans.some((p) => blockUses(p.blocks, 'CallDynamicStmt'));
  if (!used) return;
  const targets = funcs.filter((f) => f.params.length === RULE_PARAMS && f.path.length > 0);
  const tableIndices = cx.linker.addTableFunctions(targets.map((f) => cx.funcs.get(f.name)!.index));
  targets.forEach((f, i) => cx.dynamicTargets.push({ path: f.path, tableIndex: tableIndices[i] }));
}

function emitFunc(cx: CodegenContext, f: Func): void {
  const info = cx.funcs.get(f.name)!;
  const fx = new FunctionEmitter(f.params);
  const memoKey = info.memoised ? info.irIndex : undefined;
  if (memoKey !== undefined) {
    const cached = fx.temp();
    fx.emit('i32.const', memoKey);
    fx.emit('call', cx.rt('opa_memoize_get'));
    fx.emit('local.tee', cached);
    fx.open('if');
    fx.emit('local.get', cached);
    fx.emit('return');
    fx.close();
  }
  const env = makeStmtEnv({ cx, memoKey, readScanKeys: readScanKeys(f.blocks) });
  for (const b of f.blocks) env.block(fx, b);
  // Reached only if no block returned: the function is undefined.
  fx.emit('i32.const', 0);
  cx.linker.defineFunction(info.index, fx.extraLocals, fx.instrs);
}

/** Emits the body of every plan function. */
export function emitFuncs(cx: CodegenContext): void {
  for (const f of cx.policy.funcs) emitFunc(cx, f);
}

function emitPlan(cx: CodegenContext, plan: Plan, index: number): void {
  // Wasm params: input (IR local 0), data (IR local 1), then the result set.
  const fx = new FunctionEmitter([0, 1], 1);
  const env = makeStmtEnv({ cx, resultSet: 2, readScanKeys: readScanKeys(plan.blocks) });
  for (const b of plan.blocks) env.block(fx, b);
  cx.linker.defineFunction(cx.plans[index], fx.extraLocals, fx.instrs);
}

/** Emits one function per entrypoint plan: `(input, data, resultSet) -> ()`. */
export function emitPlans(cx: CodegenContext): void {
  cx.policy.plans.forEach((p, i) => emitPlan(cx, p, i));
}
