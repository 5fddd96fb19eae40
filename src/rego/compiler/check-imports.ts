// CheckImports: imports must name `data…`, `input…`, `future.keywords[.kw]` or `rego.v1`, and aliases
// must not repeat within a module (OPA's checkImports / checkDuplicateImports).
import type { CompileContext } from './context';

const KEYWORD_ROOTS = new Set(['future', 'rego']);

/** The CheckImports stage. */
export function checkImports(ctx: CompileContext): void {
  if (ctx.queryOnly) return;
  for (const m of ctx.modules) {
    const seen = new Set<string>();
    for (const imp of m.imports) {
      const head = imp.path.head;
      const root = head.kind === 'Var' ? head.name : '';
      if (root !== 'data' && root !== 'input' && !KEYWORD_ROOTS.has(root)) {
        ctx.diagnostics.error('rego_parse_error', 'invalid import, must begin with input or data', imp);
        continue;
      }
      if (KEYWORD_ROOTS.has(root)) continue;
      const last = imp.path.path[imp.path.path.length - 1];
      const name = imp.alias ?? (last?.kind === 'String' ? last.value : root);
      if (seen.has(name)) ctx.diagnostics.error('rego_compile_error', `import must not shadow import ${name}`, imp);
      seen.add(name);
    }
  }
}
