// The back end's own stage array (in the manner of OPA's wasm compiler stages): from a planned Policy and the
// parsed runtime module to the linked module bytes. Each stage is named so traces and timings line up.
import type { Policy } from '../../ir/types';
import type { WasmModule } from '../encoder/module';
import { ModuleLinker } from '../link/linker';
import { resolveBuiltins } from './builtins';
import { CodegenContext, type CodegenOptions } from './context';
import { emitBuiltinsFunction, emitEntrypointsFunction, emitEval, emitOpaEval } from './entry';
import { buildDynamicTable, declareFuncs, emitFuncs, emitPlans } from './functions';

/** State threaded through the stages. */
interface CodegenState {
  readonly cx: CodegenContext;
  evalIndex?: number;
  bytes?: Uint8Array<ArrayBuffer>;
}

const STAGES = [
  // Resolves built-ins first: an unknown runtime export must fail before any code is written.
  { name: 'initModule', run: (s: CodegenState) => resolveBuiltins(s.cx) },
  // Interns every string constant in order, so the data segment layout does not depend on use order.
  { name: 'emitStrings', run: (s: CodegenState) => s.cx.policy.static.strings.forEach((t) => s.cx.linker.data.stringValue(t)) },
  { name: 'declareFuncs', run: (s: CodegenState) => declareFuncs(s.cx) },
  // Needs declareFuncs (function indices); precedes emitFuncs (CallDynamic reads the table indices).
  { name: 'buildDynamicTable', run: (s: CodegenState) => buildDynamicTable(s.cx) },
  { name: 'emitFuncs', run: (s: CodegenState) => emitFuncs(s.cx) },
  { name: 'emitPlans', run: (s: CodegenState) => emitPlans(s.cx) },
  { name: 'emitEval', run: (s: CodegenState) => { s.evalIndex = emitEval(s.cx); } },
  { name: 'emitExports', run: (s: CodegenState) => emitExports(s) },
  // Last: the start function needs the final end of static data.
  { name: 'finishModule', run: (s: CodegenState) => { s.bytes = s.cx.linker.finish(s.cx.rt('opa_runtime_init')); } },
] as const;

/** Names of the code generator's stages, in order. */
export type CodegenStageName = (typeof STAGES)[number]['name'];

function emitExports(s: CodegenState): void {
  const { cx } = s;
  if (s.evalIndex === undefined) throw new Error('emitExports needs emitEval');
  cx.linker.exportFunction('eval', s.evalIndex);
  cx.linker.exportFunction('opa_eval', emitOpaEval(cx, s.evalIndex));
  cx.linker.exportFunction('builtins', emitBuiltinsFunction(cx));
  cx.linker.exportFunction('entrypoints', emitEntrypointsFunction(cx));
}

/** Per-stage wall time in milliseconds, filled when passed to generateModule. */
export type CodegenTimings = Partial<Record<CodegenStageName, number>>;

/** Runs every stage; returns the linked module bytes. */
export function generateModule(policy: Policy, runtime: WasmModule, options: CodegenOptions = {}, timings?: CodegenTimings): Uint8Array<ArrayBuffer> {
  const state: CodegenState = { cx: new CodegenContext(policy, new ModuleLinker(runtime), options) };
  for (const stage of STAGES) {
    const started = performance.now();
    stage.run(state);
    if (timings) timings[stage.name] = performance.now() - started;
  }
  if (!state.bytes) throw new Error('code generation produced no module');
  return state.bytes;
}
