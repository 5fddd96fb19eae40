// Decides where each built-in the policy references runs: an exported runtime function or the host's
// opa_builtinN dispatcher. Builtin ids are positions in static.builtinFuncs (OPA's sorted-name scheme).
import { lookupBuiltin } from '../../builtins/registry';
import type { BuiltinImpl } from '../../builtins/types';
import type { CodegenContext } from './context';

/** Name of the runtime export implementing a built-in natively (`builtin_` + name with `.` → `__`). */
export function runtimeBuiltinExport(name: string): string {
  return `builtin_${name.replace(/\./g, '__')}`;
}

function implOf(cx: CodegenContext, name: string): BuiltinImpl {
  const decl = (cx.options.lookupBuiltin ?? lookupBuiltin)(name);
  if (decl) return decl.impl;
  // Not declared (e.g. a custom built-in from capabilities): native if the runtime happens to export it.
  const fallback = runtimeBuiltinExport(name);
  return cx.linker.hasRuntimeExport(fallback) ? { kind: 'runtime', export: fallback } : { kind: 'host' };
}

/** The id of a host helper, registered as a host built-in after the policy's own (ids past builtinFuncs). */
function helperId(cx: CodegenContext, name: string): number {
  const known = cx.builtins.get(name);
  if (known?.kind === 'host') return known.id;
  const id = cx.policy.static.builtinFuncs.length + [...cx.builtins.values()].filter((t) => t.kind === 'host' && t.id >= cx.policy.static.builtinFuncs.length).length;
  cx.builtins.set(name, { kind: 'host', id, hasResult: true });
  return id;
}

/** Fills cx.builtins for every built-in in static.builtinFuncs (and the host helpers they use). */
export function resolveBuiltins(cx: CodegenContext): void {
  cx.policy.static.builtinFuncs.forEach((b, id) => {
    const impl = implOf(cx, b.name);
    if (impl.kind === 'host') {
      cx.builtins.set(b.name, { kind: 'host', id, hasResult: b.hasResult });
      return;
    }
    const funcIndex = cx.linker.runtimeFunction(impl.export);
    const type = cx.linker.functionType(funcIndex);
    const params = b.arity + (impl.hostHelper ? 1 : 0);
    if (type.params.length !== params) throw new Error(`runtime built-in ${impl.export} takes ${type.params.length} arguments, ${b.name} needs ${params}`);
    const host = impl.hostHelper ? { hostId: helperId(cx, impl.hostHelper) } : {};
    cx.builtins.set(b.name, { kind: 'runtime', funcIndex, returnsValue: type.results.length === 1, hasResult: b.hasResult, ...host });
  });
}

/** `{name: id}` of the built-ins the host may be called for, the JSON `builtins()` returns. */
export function hostBuiltinsJson(cx: CodegenContext): string {
  const map: Record<string, number> = {};
  for (const [name, target] of cx.builtins) {
    if (target.kind === 'host') map[name] = target.id;
  }
  return JSON.stringify(map);
}
