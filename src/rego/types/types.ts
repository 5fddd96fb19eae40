// Rego's static types, as OPA's type checker models them (v1/types): scalars, arrays with static and dynamic
// parts, objects with static and dynamic properties, sets, unions (`any<…>`, `any` itself being the empty union)
// and function signatures. `undefined` stands for "unknown" (OPA's nil type, printed `???`).

/** A JSON scalar used as a static object key. */
export type StaticKey = string | number | boolean | null;

/** One static object property. */
export interface StaticProperty {
  key: StaticKey;
  value: Type | undefined;
}

/** The dynamic part of an object: keys of one type mapping to values of another. */
export interface DynamicProperty {
  key: Type | undefined;
  value: Type | undefined;
}

/** A Rego type. `name` is set only on a built-in's declared arguments and result (OPA's NamedType). */
export type Type = (
  | { kind: 'null' }
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'array'; static: Array<Type | undefined>; dynamic?: Type }
  | { kind: 'object'; static: StaticProperty[]; dynamic?: DynamicProperty }
  | { kind: 'set'; of: Type | undefined }
  | { kind: 'any'; of: Type[] }
  | { kind: 'function'; args: Array<Type | undefined>; result?: Type; variadic?: Type }
) & { name?: string };

/** The kinds, in OPA's type order (used to sort unions and compare). */
const ORDER: Record<Type['kind'], number> = { null: 0, boolean: 1, number: 2, string: 3, array: 4, object: 5, set: 6, any: 7, function: 8 };

export const NULL: Type = { kind: 'null' };
export const BOOLEAN: Type = { kind: 'boolean' };
export const NUMBER: Type = { kind: 'number' };
export const STRING: Type = { kind: 'string' };
/** The type of everything. */
export const ANY: Type = { kind: 'any', of: [] };

/** An array type. */
export function arrayOf(staticItems: Array<Type | undefined>, dynamic?: Type): Type {
  return { kind: 'array', static: staticItems, ...(dynamic ? { dynamic } : {}) };
}

/** A set type. */
export function setOf(of: Type | undefined): Type {
  return { kind: 'set', of };
}

/** An object type; static properties are kept sorted by key. */
export function objectOf(staticProps: StaticProperty[], dynamic?: DynamicProperty): Type {
  const sorted = [...staticProps].sort((a, b) => compareKeys(a.key, b.key));
  return { kind: 'object', static: sorted, ...(dynamic ? { dynamic } : {}) };
}

/** A union of types, sorted and deduplicated. */
export function anyOf(types: Type[]): Type {
  const out: Type[] = [];
  for (const t of types) {
    const plain = unnamed(t);
    if (!out.some((x) => compareTypes(x, plain) === 0)) out.push(plain);
  }
  return { kind: 'any', of: out.sort(compareTypes) };
}

/** The type without its argument name. */
export function unnamed(t: Type): Type {
  if (t.name === undefined) return t;
  const copy = { ...t };
  delete copy.name;
  return copy;
}

function keyOrder(k: StaticKey): number {
  if (k === null) return 0;
  if (typeof k === 'boolean') return 1;
  if (typeof k === 'number') return 2;
  return 3;
}

/** Orders JSON scalar keys as OPA's util.Compare does. */
export function compareKeys(a: StaticKey, b: StaticKey): number {
  const oa = keyOrder(a);
  const ob = keyOrder(b);
  if (oa !== ob) return oa - ob;
  if (a === b) return 0;
  return (a as number | string | boolean) < (b as number | string | boolean) ? -1 : 1;
}

function compareLists(a: Array<Type | undefined>, b: Array<Type | undefined>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareTypes(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** OPA's total order on types (unknown first). */
export function compareTypes(a: Type | undefined, b: Type | undefined): number {
  const oa = a ? ORDER[a.kind] : -1;
  const ob = b ? ORDER[b.kind] : -1;
  if (oa !== ob) return oa < ob ? -1 : 1;
  if (!a || !b) return 0;
  switch (a.kind) {
    case 'array': {
      const y = b as Extract<Type, { kind: 'array' }>;
      if (a.dynamic && !y.dynamic) return 1;
      if (!a.dynamic && y.dynamic) return -1;
      const d = a.dynamic && y.dynamic ? compareTypes(a.dynamic, y.dynamic) : 0;
      return d !== 0 ? d : compareLists(a.static, y.static);
    }
    case 'object': {
      const y = b as Extract<Type, { kind: 'object' }>;
      if (a.dynamic && !y.dynamic) return 1;
      if (!a.dynamic && y.dynamic) return -1;
      if (a.dynamic && y.dynamic) {
        const c = compareTypes(a.dynamic.key, y.dynamic.key) || compareTypes(a.dynamic.value, y.dynamic.value);
        if (c !== 0) return c;
      }
      for (let i = 0; i < Math.min(a.static.length, y.static.length); i++) {
        const c = compareKeys(a.static[i].key, y.static[i].key) || compareTypes(a.static[i].value, y.static[i].value);
        if (c !== 0) return c;
      }
      return a.static.length - y.static.length;
    }
    case 'set':
      return compareTypes(a.of, (b as Extract<Type, { kind: 'set' }>).of);
    case 'any':
      return compareLists(a.of, (b as Extract<Type, { kind: 'any' }>).of);
    case 'function': {
      const y = b as Extract<Type, { kind: 'function' }>;
      if (a.args.length !== y.args.length) return a.args.length < y.args.length ? -1 : 1;
      return compareLists(a.args, y.args) || compareTypes(a.result, y.result) || compareTypes(a.variadic, y.variadic);
    }
    default:
      return 0;
  }
}

/** True when `t` is `any` (the universal type, not a narrower union). */
export function isAnyType(t: Type | undefined): boolean {
  return t?.kind === 'any' && t.of.length === 0;
}

/** Whether union `a` holds `b` (the empty union holds everything but functions). */
export function unionContains(a: Extract<Type, { kind: 'any' }>, b: Type | undefined): boolean {
  if (b?.kind === 'function') return false;
  if (a.of.length === 0) return true;
  return a.of.some((x) => compareTypes(x, b) === 0);
}

/** Whether `a` is `b` or a union holding it. */
export function typeContains(a: Type | undefined, b: Type | undefined): boolean {
  if (a?.kind === 'any') return unionContains(a, b);
  return compareTypes(a, b) === 0;
}

function unionFunctions(a: Extract<Type, { kind: 'function' }>, b: Extract<Type, { kind: 'function' }>): Type | undefined {
  if (a.args.length !== b.args.length || !a.variadic !== !b.variadic) return undefined;
  return {
    kind: 'function',
    args: a.args.map((x, i) => or(x, b.args[i])),
    ...(or(a.result, b.result) ? { result: or(a.result, b.result) } : {}),
    ...(a.variadic ? { variadic: or(a.variadic, b.variadic) } : {}),
  };
}

function mergeIntoUnion(u: Extract<Type, { kind: 'any' }>, other: Type): Type {
  if (other.kind === 'any') {
    if (u.of.length === 0) return u;
    if (other.of.length === 0) return other;
    return anyOf([...u.of, ...other.of]);
  }
  if (unionContains(u, other)) return u;
  return anyOf([...u.of, other]);
}

/** The union of two types; a superset absorbs the other (OPA's types.Or). */
export function or(a: Type | undefined, b: Type | undefined): Type | undefined {
  const x = a && unnamed(a);
  const y = b && unnamed(b);
  if (!x) return y;
  if (!y) return x;
  if (x.kind === 'function' && y.kind === 'function') return unionFunctions(x, y);
  if (x.kind === 'function' || y.kind === 'function') return undefined;
  if (x.kind === 'any') return mergeIntoUnion(x, y);
  if (y.kind === 'any') return mergeIntoUnion(y, x);
  if (compareTypes(x, y) === 0) return x;
  return anyOf([x, y]);
}

/** The JSON type of a scalar key. */
export function typeOfKey(k: StaticKey): Type {
  if (k === null) return NULL;
  if (typeof k === 'boolean') return BOOLEAN;
  if (typeof k === 'number') return NUMBER;
  return STRING;
}

/** The type of a JSON value (objects and arrays become fully static types). */
export function typeOfJson(x: unknown): Type {
  if (x === null || x === undefined) return NULL;
  if (typeof x === 'boolean') return BOOLEAN;
  if (typeof x === 'number') return NUMBER;
  if (typeof x === 'string') return STRING;
  if (Array.isArray(x)) return arrayOf(x.map(typeOfJson));
  return objectOf(Object.entries(x as Record<string, unknown>).map(([key, v]) => ({ key, value: typeOfJson(v) })));
}

/** The type of element `pos` of an array type, if known. */
function selectIndex(t: Extract<Type, { kind: 'array' }>, pos: number): Type | undefined {
  if (pos < 0) return undefined;
  if (pos < t.static.length) return t.static[pos];
  return t.dynamic;
}

/** The type of `t[x]` for a constant `x` (JSON scalar or composite), as OPA's types.Select. */
export function select(t: Type | undefined, x: unknown): Type | undefined {
  if (!t) return undefined;
  switch (t.kind) {
    case 'array':
      return typeof x === 'number' && Number.isInteger(x) ? selectIndex(t, x) : undefined;
    case 'object': {
      if (x === null || ['string', 'number', 'boolean'].includes(typeof x)) {
        const prop = t.static.find((p) => compareKeys(p.key, x as StaticKey) === 0);
        if (prop) return prop.value;
      }
      if (t.dynamic && typeContains(t.dynamic.key, typeOfJson(x))) return t.dynamic.value;
      return undefined;
    }
    case 'set': {
      const of = typeOfJson(x);
      if (compareTypes(t.of, of) === 0) return t.of;
      if (t.of?.kind === 'any' && unionContains(t.of, of)) return of;
      return undefined;
    }
    case 'any': {
      if (t.of.length === 0) return ANY;
      let out: Type | undefined;
      for (const member of t.of) out = or(select(member, x), out);
      return out;
    }
    default:
      return undefined;
  }
}

/** The type of the keys a value of type `t` can be iterated by (undefined: not a collection). */
export function keysOf(t: Type | undefined): Type | undefined {
  if (!t) return undefined;
  switch (t.kind) {
    case 'array':
      return NUMBER;
    case 'object': {
      let out: Type | undefined;
      for (const p of t.static) out = or(out, typeOfKey(p.key));
      if (t.dynamic) out = or(out, t.dynamic.key);
      return out;
    }
    case 'set':
      return t.of;
    case 'any': {
      if (t.of.length === 0) return ANY;
      let out: Type | undefined;
      for (const member of t.of) out = or(keysOf(member), out);
      return out;
    }
    default:
      return undefined;
  }
}

/** The type of the values a value of type `t` holds (undefined: not a collection). */
export function valuesOf(t: Type | undefined): Type | undefined {
  if (!t) return undefined;
  switch (t.kind) {
    case 'array': {
      let out: Type | undefined;
      for (const s of t.static) out = or(out, s);
      return or(out, t.dynamic);
    }
    case 'object': {
      let out: Type | undefined;
      for (const p of t.static) out = or(out, p.value);
      if (t.dynamic) out = or(out, t.dynamic.value);
      return out;
    }
    case 'set':
      return t.of;
    case 'any': {
      if (t.of.length === 0) return ANY;
      let out: Type | undefined;
      for (const member of t.of) out = or(valuesOf(member), out);
      return out;
    }
    default:
      return undefined;
  }
}

/** Whether a type is unknown or holds an unknown part (OPA's types.Nil). */
export function isNil(t: Type | undefined): boolean {
  if (!t) return true;
  switch (t.kind) {
    case 'function':
      return t.args.some(isNil) || isNil(t.result);
    case 'array':
      return t.static.some(isNil) || (t.dynamic !== undefined && isNil(t.dynamic));
    case 'object':
      return t.static.some((p) => isNil(p.value)) || (t.dynamic !== undefined && (isNil(t.dynamic.key) || isNil(t.dynamic.value)));
    case 'set':
      return isNil(t.of);
    default:
      return false;
  }
}
