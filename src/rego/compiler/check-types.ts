// CheckTypes: call arity (a whole-expression call may add one output argument) and the kinds of literal
// arguments against the built-in's declaration, in OPA's wording ("count: arity mismatch").
// Runs before RewriteExprTerms: afterwards a nested call's extra argument could not be told apart.
import type { Term } from '../ast/nodes';
import type { TypeSpec, ValueKind } from '../builtins/types';
import { refDottedName } from './ast-util';
import { allCallSites } from './call-sites';
import type { CompileContext } from './context';

/** The kind of a term known without evaluating it, if any. */
export function staticKind(t: Term): ValueKind | undefined {
  switch (t.kind) {
    case 'Null':
      return 'null';
    case 'Boolean':
      return 'boolean';
    case 'Number':
      return 'number';
    case 'String':
    case 'TemplateString':
      return 'string';
    case 'Array':
    case 'ArrayComprehension':
      return 'array';
    case 'Object':
    case 'ObjectComprehension':
      return 'object';
    case 'Set':
    case 'SetComprehension':
      return 'set';
    default:
      return undefined;
  }
}

function specText(spec: TypeSpec): string {
  return spec === 'any' ? 'any' : spec.length === 1 ? spec[0] : `any<${spec.join(', ')}>`;
}

function signature(args: readonly Term[]): string {
  return `(${args.map((a) => staticKind(a) ?? 'any').join(', ')})`;
}

/** The CheckTypes stage. */
export function checkTypes(ctx: CompileContext): void {
  for (const { call, topLevel } of allCallSites(ctx)) {
    const name = refDottedName(call.operator);
    if (name === undefined || name === 'print') continue;
    const decl = name.startsWith('data.') ? undefined : ctx.builtins(name);
    const arity = decl ? decl.args.length : ctx.functionArity.get(name);
    if (arity === undefined) continue;
    const canOutput = topLevel && (decl ? decl.result !== null : true);
    const n = call.args.length;
    if (n !== arity && !(canOutput && n === arity + 1)) {
      const want = decl ? `(${decl.args.map(specText).join(', ')})` : `(${Array(arity).fill('any').join(', ')})`;
      ctx.diagnostics.error('rego_type_error', `${name}: arity mismatch\n\thave: ${signature(call.args)}\n\twant: ${want}`, call);
      continue;
    }
    if (!decl) continue;
    const bad = decl.args.some((spec, i) => {
      const kind = staticKind(call.args[i]);
      return spec !== 'any' && kind !== undefined && !spec.includes(kind);
    });
    if (bad) {
      const have = signature(call.args.slice(0, arity));
      ctx.diagnostics.error('rego_type_error', `${name}: invalid argument(s)\n\thave: ${have}\n\twant: (${decl.args.map(specText).join(', ')})`, call);
    }
  }
}
