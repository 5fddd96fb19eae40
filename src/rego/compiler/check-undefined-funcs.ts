// CheckUndefinedFuncs: every call must name a user function or a declared built-in; anything else is
// OPA's rego_type_error "undefined function x".
import { refDottedName, termText } from './ast-util';
import { allCallSites } from './call-sites';
import type { CompileContext } from './context';

/** Whether a call name is known: a user function (`data.…`) or a built-in. */
export function isKnownFunction(ctx: CompileContext, name: string): boolean {
  if (name.startsWith('data.')) return ctx.functionArity.has(name);
  return ctx.builtins(name) !== undefined;
}

/** The CheckUndefinedFuncs stage. */
export function checkUndefinedFuncs(ctx: CompileContext): void {
  for (const { call } of allCallSites(ctx)) {
    const name = refDottedName(call.operator);
    if (name === 'print') continue;
    if (name === undefined || !isKnownFunction(ctx, name)) {
      ctx.diagnostics.error('rego_type_error', `undefined function ${name ?? termText(call.operator)}`, call);
    }
  }
}
