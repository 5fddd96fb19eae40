// CheckKeywordOverrides (OPA's checkRootDocumentOverrides, always on for Rego v1): a rule named `data` or `input`
// would shadow a root document, and so would a function argument of that name; both are compile errors.
import { ROOT_DOCUMENTS, type Term } from '../ast/nodes';
import { forEachRule, type CompileContext } from './context';

function rootName(t: Term): string | undefined {
  if (t.kind === 'Var' && ROOT_DOCUMENTS.includes(t.name)) return t.name;
  if (t.kind === 'Ref' && t.path.length === 0 && t.head.kind === 'Var' && ROOT_DOCUMENTS.includes(t.head.name)) return t.head.name;
  return undefined;
}

/** The CheckKeywordOverrides stage. */
export function checkKeywordOverrides(ctx: CompileContext): void {
  forEachRule(ctx, (rule) => {
    if (ROOT_DOCUMENTS.includes(rule.head.name)) {
      ctx.diagnostics.error('rego_compile_error', `rules must not shadow ${rule.head.name} (use a different rule name)`, rule);
    }
    for (const arg of rule.head.args ?? []) {
      const name = rootName(arg);
      if (name) ctx.diagnostics.error('rego_compile_error', `args must not shadow ${name} (use a different variable name)`, arg);
    }
  });
}
