// CheckPathConflicts (OPA's path conflict check, run when the base documents are known at compile time, as
// `opa eval -d`/`opa test` do): a rule may not define a document the base data already holds, nor a document
// below a base value that is not an object. Rules beside or below base objects merge with them at run time.
import type { CompileContext } from './context';
import { allNodes } from './rule-tree';

/** Whether base data makes a rule at `path` conflict (OPA's storage.NonEmpty). */
function conflicts(data: unknown, path: readonly string[]): boolean {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value !== undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return true;
}

/** The CheckPathConflicts stage; does nothing without base data. */
export function checkPathConflicts(ctx: CompileContext): void {
  if (ctx.queryOnly || ctx.baseData === undefined) return;
  for (const node of allNodes(ctx.tree)) {
    if (node.rules.length > 0 && conflicts(ctx.baseData, node.path)) {
      ctx.diagnostics.error('rego_compile_error', `conflicting rule for data path ${node.path.join('/')} found`, node.rules[0].rule);
    }
  }
}
