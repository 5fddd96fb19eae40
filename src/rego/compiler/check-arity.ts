// CheckArity: the number of arguments of every call against its declaration (a whole-expression call may add
// one output argument), in OPA's wording ("count: arity mismatch"). Runs before RewriteExprTerms: afterwards a
// nested call's extra argument could not be told apart. Argument types are CheckTypes' (check-types.ts).
import type { Term } from '../ast/nodes';
import { builtinSignature } from '../builtins/signature';
import { argsText } from '../types/print';
import { refDottedName } from './ast-util';
import { allCallSites } from './call-sites';
import type { CompileContext } from './context';

const LITERAL_TYPES: Partial<Record<Term['kind'], string>> = {
  Null: 'null', Boolean: 'boolean', Number: 'number', String: 'string', TemplateString: 'string',
  Array: 'array', ArrayComprehension: 'array', Object: 'object', ObjectComprehension: 'object', Set: 'set', SetComprehension: 'set',
};

function signature(args: readonly Term[]): string {
  return `(${args.map((a) => LITERAL_TYPES[a.kind] ?? 'any').join(', ')})`;
}

/** The CheckArity stage. */
export function checkArity(ctx: CompileContext): void {
  for (const { call, topLevel } of allCallSites(ctx)) {
    const name = refDottedName(call.operator);
    if (name === undefined || name === 'print') continue;
    const decl = name.startsWith('data.') ? undefined : ctx.builtins(name);
    const arity = decl ? decl.args.length : ctx.functionArity.get(name);
    if (arity === undefined) continue;
    const canOutput = topLevel && (decl ? decl.result !== null : true);
    const n = call.args.length;
    if (n !== arity && !(canOutput && n === arity + 1)) {
      const want = decl ? argsText(builtinSignature(decl).args) : `(${Array(arity).fill('any').join(', ')})`;
      ctx.diagnostics.error('rego_type_error', `${name}: arity mismatch\n\thave: ${signature(call.args)}\n\twant: ${want}`, call);
    }
  }
}
