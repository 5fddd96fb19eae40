// Test-only built-ins for the IR interpreter: just enough of OPA's library for the core conformance
// tier and the planner tests, plus declarations for names the registry does not (yet) hold, so tests
// can compile policies that use them.
import type { BuiltinDecl } from '../../src/rego/builtins/types';
import { lookupBuiltin } from '../../src/rego/builtins/registry';
import { BuiltinError, type BuiltinImpl } from './ir-interpreter';
import { RObject, RSet, compare, equal, sortedValues, toJson, typeName, type Value } from './ir-values';

function num(v: Value, i: number): number {
  if (typeof v !== 'number') throw new BuiltinError(`operand ${i + 1} must be number but got ${typeName(v)}`);
  return v;
}

function str(v: Value, i: number): string {
  if (typeof v !== 'string') throw new BuiltinError(`operand ${i + 1} must be string but got ${typeName(v)}`);
  return v;
}

function coll(v: Value, i: number): Value[] {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.values();
  if (v instanceof RObject) return v.entries().map(([, x]) => x);
  throw new BuiltinError(`operand ${i + 1} must be one of {array, object, set} but got ${typeName(v)}`);
}

function set(v: Value, i: number): RSet {
  if (!(v instanceof RSet)) throw new BuiltinError(`operand ${i + 1} must be set but got ${typeName(v)}`);
  return v;
}

function obj(v: Value, i: number): RObject {
  if (!(v instanceof RObject)) throw new BuiltinError(`operand ${i + 1} must be object but got ${typeName(v)}`);
  return v;
}

function arr(v: Value, i: number): Value[] {
  if (!Array.isArray(v)) throw new BuiltinError(`operand ${i + 1} must be array but got ${typeName(v)}`);
  return v;
}

function mkSet(xs: Value[]): RSet {
  const s = new RSet();
  for (const x of xs) s.add(x);
  return s;
}

function arith(f: (a: number, b: number) => number | undefined): BuiltinImpl {
  return ([a, b]) => f(num(a, 0), num(b, 1));
}

function member(x: Value, c: Value): boolean {
  if (Array.isArray(c)) return c.some((y) => equal(x, y));
  if (c instanceof RSet) return c.has(x);
  if (c instanceof RObject) return c.entries().some(([, y]) => equal(x, y));
  return false;
}

function unionObjects(a: RObject, b: RObject): RObject {
  const out = a.copy();
  for (const [k, v] of b.entries()) {
    const cur = out.get(k);
    out.set(k, cur instanceof RObject && v instanceof RObject ? unionObjects(cur, v) : v);
  }
  return out;
}

function sprintf(format: string, args: Value[]): string {
  let i = 0;
  return format.replace(/%([vdsf%])/g, (_, c: string) => {
    if (c === '%') return '%';
    const v = args[i++];
    return typeof v === 'string' ? v : JSON.stringify(toJson(v));
  });
}

/** Implementations by Rego name. */
export const TEST_BUILTINS: Readonly<Record<string, BuiltinImpl>> = {
  plus: arith((a, b) => a + b),
  minus: ([a, b]) => (a instanceof RSet ? mkSet(a.values().filter((x) => !set(b, 1).has(x))) : num(a, 0) - num(b, 1)),
  mul: arith((a, b) => a * b),
  div: arith((a, b) => {
    if (b === 0) throw new BuiltinError('divide by zero', 'eval_builtin_error');
    return a / b;
  }),
  rem: arith((a, b) => {
    if (b === 0) throw new BuiltinError('modulo by zero', 'eval_builtin_error');
    return a % b;
  }),
  abs: ([a]) => Math.abs(num(a, 0)),
  round: ([a]) => Math.sign(num(a, 0)) * Math.round(Math.abs(num(a, 0))),
  ceil: ([a]) => Math.ceil(num(a, 0)),
  floor: ([a]) => Math.floor(num(a, 0)),
  equal: ([a, b]) => equal(a, b),
  neq: ([a, b]) => !equal(a, b),
  lt: ([a, b]) => compare(a, b) < 0,
  lte: ([a, b]) => compare(a, b) <= 0,
  gt: ([a, b]) => compare(a, b) > 0,
  gte: ([a, b]) => compare(a, b) >= 0,
  'internal.member_2': ([x, c]) => member(x, c),
  'internal.member_3': ([k, v, c]) => {
    if (Array.isArray(c)) return typeof k === 'number' && k in c && equal(c[k], v);
    if (c instanceof RObject) return c.has(k) && equal(c.get(k) as Value, v);
    if (c instanceof RSet) return equal(k, v) && c.has(v);
    return false;
  },
  count: ([c]) => {
    if (typeof c === 'string') return [...c].length;
    if (c === null || typeof c !== 'object') throw new BuiltinError(`operand 1 must be one of {array, object, set, string} but got ${typeName(c)}`);
    return coll(c, 0).length;
  },
  sum: ([c]) => coll(c, 0).reduce<number>((s, x) => s + num(x, 0), 0),
  product: ([c]) => coll(c, 0).reduce<number>((s, x) => s * num(x, 0), 1),
  max: ([c]) => {
    const xs = coll(c, 0);
    return xs.length === 0 ? undefined : xs.reduce((m, x) => (compare(x, m) > 0 ? x : m));
  },
  min: ([c]) => {
    const xs = coll(c, 0);
    return xs.length === 0 ? undefined : xs.reduce((m, x) => (compare(x, m) < 0 ? x : m));
  },
  sort: ([c]) => [...coll(c, 0)].sort(compare),
  and: ([a, b]) => mkSet(set(a, 0).values().filter((x) => set(b, 1).has(x))),
  or: ([a, b]) => mkSet([...set(a, 0).values(), ...set(b, 1).values()]),
  union: ([s]) => mkSet(set(s, 0).values().flatMap((x) => set(x, 0).values())),
  intersection: ([s]) => {
    const sets = set(s, 0).values().map((x, i) => set(x, i));
    return sets.length === 0 ? new RSet() : mkSet(sets[0].values().filter((x) => sets.every((y) => y.has(x))));
  },
  'numbers.range': ([a, b]) => {
    const lo = num(a, 0);
    const hi = num(b, 1);
    const out: number[] = [];
    for (let i = lo; lo <= hi ? i <= hi : i >= hi; i += lo <= hi ? 1 : -1) out.push(i);
    return out;
  },
  to_number: ([v]) => {
    if (v === null) return 0;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number') return v;
    const n = Number(str(v, 0));
    if (Number.isNaN(n) || str(v, 0).trim() === '') throw new BuiltinError(`invalid syntax`, 'eval_builtin_error');
    return n;
  },
  format_int: ([n, b]) => Math.trunc(num(n, 0)).toString(num(b, 1)),
  is_number: ([v]) => typeof v === 'number',
  is_string: ([v]) => typeof v === 'string',
  is_boolean: ([v]) => typeof v === 'boolean',
  is_array: ([v]) => Array.isArray(v),
  is_set: ([v]) => v instanceof RSet,
  is_object: ([v]) => v instanceof RObject,
  is_null: ([v]) => v === null,
  type_name: ([v]) => typeName(v),
  split: ([s, d]) => str(s, 0).split(str(d, 1)),
  trim: ([s, c]) => {
    const cut = new Set([...str(c, 1)]);
    const cs = [...str(s, 0)];
    let i = 0;
    let j = cs.length;
    while (i < j && cut.has(cs[i])) i++;
    while (j > i && cut.has(cs[j - 1])) j--;
    return cs.slice(i, j).join('');
  },
  startswith: ([s, p]) => str(s, 0).startsWith(str(p, 1)),
  endswith: ([s, p]) => str(s, 0).endsWith(str(p, 1)),
  contains: ([s, p]) => str(s, 0).includes(str(p, 1)),
  upper: ([s]) => str(s, 0).toUpperCase(),
  lower: ([s]) => str(s, 0).toLowerCase(),
  concat: ([d, c]) => coll(c, 1).map((x, i) => str(x, i)).join(str(d, 0)),
  sprintf: ([f, a]) => sprintf(str(f, 0), arr(a, 1)),
  'array.concat': ([a, b]) => [...arr(a, 0), ...arr(b, 1)],
  'array.slice': ([a, i, j]) => {
    const xs = arr(a, 0);
    const lo = Math.max(0, num(i, 1));
    const hi = Math.min(xs.length, num(j, 2));
    return lo >= hi ? [] : xs.slice(lo, hi);
  },
  'array.reverse': ([a]) => [...arr(a, 0)].reverse(),
  'array.flatten': ([a]) => {
    return arr(a, 0).flatMap((x) => (Array.isArray(x) ? x : [x]));
  },
  'object.get': ([o, k, d]) => {
    const path = Array.isArray(k) ? k : [k];
    let cur: Value | undefined = obj(o, 0);
    for (const key of path) cur = cur instanceof RObject ? cur.get(key) : Array.isArray(cur) && typeof key === 'number' ? cur[key] : undefined;
    return cur === undefined ? d : cur;
  },
  'object.keys': ([o]) => mkSet(obj(o, 0).entries().map(([k]) => k)),
  'object.union': ([a, b]) => unionObjects(obj(a, 0), obj(b, 1)),
  'object.union_n': ([xs]) => arr(xs, 0).reduce<RObject>((acc, x, i) => unionObjects(acc, obj(x, i)), new RObject()),
  'json.marshal': ([v]) => JSON.stringify(toJson(v)),
  trim_space: ([s]) => str(s, 0).trim(),
  trim_prefix: ([s, p]) => (str(s, 0).startsWith(str(p, 1)) ? str(s, 0).slice(str(p, 1).length) : str(s, 0)),
  'regex.match': ([p, s]) => new RegExp(str(p, 0), 'u').test(str(s, 1)),
  'time.now_ns': () => Date.now() * 1e6,
  'opa.runtime': () => new RObject(),
  array_sorted: ([a]) => sortedValues(mkSet(arr(a, 0))),
  walk: ([root]) => {
    const out: Value[] = [];
    const visit = (path: Value[], v: Value): void => {
      out.push([path, v]);
      if (Array.isArray(v)) v.forEach((x, i) => visit([...path, i], x));
      else if (v instanceof RObject) for (const [k, x] of v.entries()) visit([...path, k], x);
      else if (v instanceof RSet) for (const x of v.values()) visit([...path, x], x);
    };
    visit([], root);
    return out;
  },
};

function decl(arity: number, result = true): BuiltinDecl {
  return { args: Array(arity).fill('any'), result: result ? 'any' : null, impl: { kind: 'host' } };
}

/** Declarations for test built-ins the registry lacks (the registry wins where it has one). */
const EXTRA_DECLS: Readonly<Record<string, BuiltinDecl>> = {
  split: decl(2), trim: decl(2), startswith: decl(2), endswith: decl(2), contains: decl(2), upper: decl(1), lower: decl(1),
  concat: decl(2), sprintf: decl(2), 'array.concat': decl(2), 'array.slice': decl(3), 'array.reverse': decl(1),
  'array.flatten': decl(1), 'object.get': decl(3), 'object.keys': decl(1), 'object.union': decl(2), 'object.union_n': decl(1),
  'regex.match': decl(2), trim_space: decl(1), trim_prefix: decl(2), 'json.marshal': decl(1), 'time.now_ns': { ...decl(0), nondeterministic: true }, 'opa.runtime': { ...decl(0), nondeterministic: true }, 'http.send': { ...decl(1), nondeterministic: true },
  equal: decl(2), neq: decl(2), lt: decl(2), lte: decl(2), gt: decl(2), gte: decl(2), plus: decl(2), minus: decl(2), mul: decl(2),
  div: decl(2), rem: decl(2), count: decl(1), 'internal.member_2': decl(2), 'internal.member_3': decl(3), sum: decl(1),
  max: decl(1), min: decl(1), sort: decl(1), and: decl(2), or: decl(2), 'numbers.range': decl(2), to_number: decl(1),
  format_int: decl(2), abs: decl(1), is_number: decl(1), type_name: decl(1), print: decl(1, false),
};

/** The compiler's built-in lookup for tests: the registry, then the test declarations. */
export function testBuiltinLookup(name: string): BuiltinDecl | undefined {
  return lookupBuiltin(name) ?? EXTRA_DECLS[name];
}
