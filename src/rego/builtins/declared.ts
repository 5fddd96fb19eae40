// Built-ins an embedding program declares and implements itself (the library API's `builtins` option, as Trivy
// adds `result.new`): their signatures join the built-in table for the compiler's type checker, and the module
// calls them on the host through opa_builtinN, where the embedder's function answers. A type is OPA's notation
// (`array[string]`, `object[string: any]`) or the short list of kinds (`['string', 'null']`).
import { diagnostic, PlangateError, type Diagnostic } from '../../diagnostics';
import { BUILTINS } from './registry';
import { parseType } from '../types/parse';
import type { BuiltinDecl, TypeNotation, TypeSpec } from './types';

/** The signature of an embedder's built-in: argument types in order, and the result type. */
export interface DeclaredBuiltinSignature {
  args: readonly TypeSpec[];
  result: TypeSpec;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const KINDS = new Set(['null', 'boolean', 'number', 'string', 'array', 'object', 'set']);

function typeProblem(t: unknown): string | undefined {
  if (typeof t === 'string') {
    try {
      parseType(t);
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }
  if (!Array.isArray(t) || t.length === 0) return 'a type is OPA\'s notation ("any", "array[string]" …) or a non-empty list of kinds';
  const bad = t.find((k) => typeof k !== 'string' || !KINDS.has(k));
  return bad === undefined ? undefined : `unknown kind ${JSON.stringify(bad)} (kinds: ${[...KINDS].join(', ')})`;
}

/** A list of kinds as the type it stands for: each collection kind holds anything. */
const KIND_NOTATION: Readonly<Record<string, string>> = { array: 'array[any]', object: 'object[any: any]', set: 'set[any]' };

function notation(t: TypeSpec): TypeNotation {
  if (typeof t === 'string') return t;
  const kinds = t.map((k) => KIND_NOTATION[k] ?? k);
  return kinds.length === 1 ? kinds[0] : `any<${kinds.join(', ')}>`;
}

/** Problems with the declarations: names that are not Rego refs, that redefine a built-in, or bad types. */
export function checkDeclaredBuiltins(declared: Readonly<Record<string, DeclaredBuiltinSignature>>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [name, sig] of Object.entries(declared)) {
    const fail = (message: string): void => void problems.push(diagnostic('usage_error', `built-in ${name}: ${message}`));
    if (!NAME.test(name) || name.startsWith('data.') || name.startsWith('input.')) fail('the name must be a dotted Rego name outside data and input');
    else if (BUILTINS.has(name)) fail('a built-in of that name exists; choose another name');
    if (!Array.isArray(sig.args)) fail('args must be a list of types');
    for (const t of [...(Array.isArray(sig.args) ? sig.args : []), sig.result]) {
      const problem = typeProblem(t);
      if (problem) fail(problem);
    }
  }
  return problems;
}

/** The built-in table extended with the declarations (each dispatched to the host); throws on bad declarations. */
export function lookupWithDeclared(declared: Readonly<Record<string, DeclaredBuiltinSignature>>): (name: string) => BuiltinDecl | undefined {
  const problems = checkDeclaredBuiltins(declared);
  if (problems.length > 0) throw new PlangateError(problems);
  const own = new Map<string, BuiltinDecl>(Object.entries(declared).map(([name, sig]) => [name, { args: sig.args.map(notation), result: notation(sig.result), impl: { kind: 'host' } }]));
  return (name) => BUILTINS.get(name) ?? own.get(name);
}
