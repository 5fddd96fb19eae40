// CheckUndefinedFuncs: every call must name a user function or a declared built-in; anything else is
// OPA's rego_type_error "undefined function x". Built-ins OPA deprecated are known to Rego v0 modules only.
import { refDottedName, termText } from './ast-util';
import { allCallSites } from './call-sites';
import type { CompileContext } from './context';
import { isDeprecatedBuiltin } from '../builtins/deprecated';

/** Whether a call name is known: a user function (`data.…`) or a built-in. */
export function isKnownFunction(ctx: CompileContext, name: string): boolean {
  if (name.startsWith('data.')) return ctx.functionArity.has(name);
  return ctx.builtins(name) !== undefined;
}

/** The CheckUndefinedFuncs stage. */
export function checkUndefinedFuncs(ctx: CompileContext): void {
  for (const { call, module } of allCallSites(ctx)) {
    const name = refDottedName(call.operator);
    if (name === 'print') continue;
    if (name !== undefined && isDeprecatedBuiltin(name) && module?.regoVersion !== 'v0') {
      ctx.diagnostics.error('rego_type_error', `deprecated built-in function calls in expression: ${name} (Rego v1; it is offered to Rego v0 modules: --rego-version v0)`, call);
      continue;
    }
    if (name === undefined || !isKnownFunction(ctx, name)) {
      ctx.diagnostics.error('rego_type_error', `undefined function ${name ?? termText(call.operator)}`, call);
    }
  }
}
