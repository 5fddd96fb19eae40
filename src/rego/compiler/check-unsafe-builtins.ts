// CheckUnsafeBuiltins: plangate's policy sandbox. Built-ins declared nondeterministic (clock, randomness,
// network) are refused unless the caller allowed them by name.
import { refDottedName } from './ast-util';
import { allCallSites } from './call-sites';
import type { CompileContext } from './context';

/** The CheckUnsafeBuiltins stage. */
export function checkUnsafeBuiltins(ctx: CompileContext): void {
  for (const { call } of allCallSites(ctx)) {
    const name = refDottedName(call.operator);
    if (name === undefined || name.startsWith('data.')) continue;
    if (ctx.builtins(name)?.nondeterministic && !ctx.allowedNondeterministic.has(name)) {
      ctx.diagnostics.error('rego_type_error', `${name} is not allowed in the policy sandbox`, call);
    }
  }
}
