// Unification of terms with types, as OPA's type checker does it: `unifies` (two types compatible),
// `unify1` (a term against a type, binding the term's vars) and `unify2` (two terms, for `=`).
import type { Term } from '../ast/nodes';
import { ANY, isAnyType, isNil, or, select, unnamed, valuesOf, type Type } from '../types/types';
import { constantValue, type TypeEnv } from './type-env';
import { termText } from './ast-util';

/** Whether two types may describe one value (OPA's `unifies`). */
export function unifies(a: Type | undefined, b: Type | undefined): boolean {
  if (!a || !b) return false;
  if (a.kind === 'any' && b.kind !== 'function' && (a.of.length === 0 || a.of.some((x) => unifies(x, b)))) return true;
  if (b.kind === 'any' && a.kind !== 'function' && (b.of.length === 0 || b.of.some((x) => unifies(x, a)))) return true;
  if (a.kind === 'any' || b.kind === 'any') return false;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'array': {
      const y = b as typeof a;
      const staticOk = (p: typeof a, q: typeof a): boolean => p.static.every((t, i) => unifies(t, i < q.static.length ? q.static[i] : q.dynamic));
      return staticOk(a, y) && staticOk(y, a) && (!a.dynamic || !y.dynamic || unifies(a.dynamic, y.dynamic));
    }
    case 'object': {
      const y = b as typeof a;
      const staticOk = (p: typeof a, q: typeof a): boolean => p.static.every((s) => unifies(s.value, select(q, s.key)));
      return staticOk(a, y) && staticOk(y, a) && (!a.dynamic || !y.dynamic || unifies(a.dynamic.value, y.dynamic.value));
    }
    case 'set':
      return unifies(a.of, (b as typeof a).of);
    case 'function': {
      const y = b as typeof a;
      return a.args.length === y.args.length && a.args.every((t, i) => unifies(t, y.args[i]));
    }
    default:
      return true;
  }
}

function unifyArray(env: TypeEnv, items: Term[], t: Extract<Type, { kind: 'array' }>, union: boolean): boolean {
  if (items.length !== t.static.length && !t.dynamic) return false;
  return items.every((x, i) => unify1(env, x, i < t.static.length ? t.static[i] : t.dynamic, union));
}

function unifyObject(env: TypeEnv, entries: Extract<Term, { kind: 'Object' }>['entries'], t: Extract<Type, { kind: 'object' }>, union: boolean): boolean {
  if (entries.length !== t.static.length && !t.dynamic) return false;
  for (const e of entries) {
    const k = constantValue(e.key);
    if (!k) {
      // A value under a dynamic key is typed any, as OPA does.
      unify1(env, e.value, ANY, union);
      continue;
    }
    const child = select(t, k.value);
    if (!child || !unify1(env, e.value, child, union)) return false;
  }
  return true;
}

/** Unifies a term with a type, binding its vars' types; false when they cannot match (OPA's unify1). */
export function unify1(env: TypeEnv, term: Term, t: Type | undefined, union: boolean): boolean {
  switch (term.kind) {
    case 'Array':
    case 'Object':
    case 'Set': {
      if (t?.kind === 'any') {
        if (isAnyType(t)) {
          const parts = term.kind === 'Object' ? term.entries.flatMap((e) => [e.key, e.value]) : term.items;
          for (const p of parts) unify1(env, p, ANY, true);
          return true;
        }
        let ok = false;
        for (const member of t.of) ok = unify1(env, term, member, true) || ok;
        return ok;
      }
      if (term.kind === 'Array') return t?.kind === 'array' && unifyArray(env, term.items, t, union);
      if (term.kind === 'Object') return t?.kind === 'object' && unifyObject(env, term.entries, t, union);
      return t?.kind === 'set' && term.items.every((x) => unify1(env, x, valuesOf(t), union));
    }
    case 'Ref':
    case 'ArrayComprehension':
    case 'SetComprehension':
    case 'ObjectComprehension':
      return unifies(env.typeOf(term), t);
    case 'Var': {
      if (!union) {
        const exist = env.varType(term.name);
        if (exist) return unifies(exist, t);
        env.putVar(term.name, t && unnamed(t));
      } else env.putVar(term.name, or(env.varType(term.name), t));
      return true;
    }
    case 'Call':
      // Calls are hoisted out of terms before type checking; one left here has no static type to compare.
      return true;
    default:
      return unifies(env.typeOf(term), t);
  }
}

function sameKey(a: Term, b: Term): boolean {
  return termText(a) === termText(b);
}

function unify2Composite(env: TypeEnv, a: Term, b: Term): boolean {
  if (b.kind === 'Var') return unify1(env, a, ANY, false) && unify1(env, b, env.typeOf(a), false);
  if (a.kind === 'Array' && b.kind === 'Array') {
    return a.items.length === b.items.length && a.items.every((x, i) => unify2(env, x, env.typeOf(x), b.items[i], env.typeOf(b.items[i])));
  }
  if (a.kind === 'Object' && b.kind === 'Object') {
    if (a.entries.length !== b.entries.length) return false;
    return a.entries.every((e) => {
      const other = b.entries.find((f) => sameKey(e.key, f.key));
      return other !== undefined && unify2(env, e.value, env.typeOf(e.value), other.value, env.typeOf(other.value));
    });
  }
  return false;
}

/** Unifies two terms of an `=` expression (OPA's unify2). */
export function unify2(env: TypeEnv, a: Term, typeA: Type | undefined, b: Term, typeB: Type | undefined): boolean {
  const nilA = isNil(typeA);
  const nilB = isNil(typeB);
  if (nilA && !nilB) return unify1(env, a, typeB, false);
  if (nilB && !nilA) return unify1(env, b, typeA, false);
  if (!nilA && !nilB) return unifies(typeA, typeB);
  if (a.kind === 'Array' || a.kind === 'Object') return unify2Composite(env, a, b);
  if (a.kind === 'Var') {
    if (b.kind === 'Var') return unify1(env, a, ANY, false) && unify1(env, b, env.typeOf(a), false);
    if (b.kind === 'Array' || b.kind === 'Object') return unify2Composite(env, b, a);
  }
  // A fresh var bound to a partly known value: plangate moves a rule's head value into its body
  // (`$h = {{"key": k} | …}`, k a function argument OPA types only after the body), where OPA never unifies it.
  if (a.kind === 'Var' && !typeA && typeB) return unify1(env, a, typeB, false);
  if (b.kind === 'Var' && !typeB && typeA) return unify1(env, b, typeA, false);
  return false;
}
