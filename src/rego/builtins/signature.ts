// A built-in's declared signature as a function type for the type checker, read once per declaration from the
// notation the family tables use. Any declaration reaching the compiler through the built-in lookup (the
// registry's, or one a library user adds) is checked the same way.
import { parseType } from '../types/parse';
import type { Type } from '../types/types';
import type { BuiltinDecl } from './types';

const cache = new WeakMap<BuiltinDecl, Extract<Type, { kind: 'function' }>>();

/** The function type of a declaration; throws when its notation is malformed (a declaration bug). */
export function builtinSignature(decl: BuiltinDecl): Extract<Type, { kind: 'function' }> {
  let sig = cache.get(decl);
  if (!sig) {
    sig = { kind: 'function', args: decl.args.map(parseType), ...(decl.result !== null ? { result: parseType(decl.result) } : {}) };
    cache.set(decl, sig);
  }
  return sig;
}
