// Test-only Rego values for the reference IR interpreter: JS scalars, arrays, and keyed Object/Set
// classes, with Rego's equality (1 == 1.0, unordered sets/objects) and total order across types.
// Numbers are JS doubles here (big-number exactness is the Wasm runtime's job, not this oracle's).

/** A Rego value. */
export type Value = null | boolean | number | string | Value[] | RObject | RSet;

/** A Rego object: any value may be a key. */
export class RObject {
  readonly map = new Map<string, [Value, Value]>();
  get(k: Value): Value | undefined {
    return this.map.get(canon(k))?.[1];
  }
  set(k: Value, v: Value): void {
    this.map.set(canon(k), [k, v]);
  }
  has(k: Value): boolean {
    return this.map.has(canon(k));
  }
  entries(): Array<[Value, Value]> {
    return [...this.map.values()];
  }
  copy(): RObject {
    const o = new RObject();
    for (const [k, v] of this.entries()) o.set(k, v);
    return o;
  }
}

/** A Rego set. */
export class RSet {
  readonly map = new Map<string, Value>();
  add(v: Value): void {
    this.map.set(canon(v), v);
  }
  has(v: Value): boolean {
    return this.map.has(canon(v));
  }
  values(): Value[] {
    return [...this.map.values()];
  }
}

const RANK: Record<string, number> = { null: 0, boolean: 1, number: 2, string: 3, array: 4, object: 5, set: 6 };

/** The Rego type name of a value. */
export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof RObject) return 'object';
  if (v instanceof RSet) return 'set';
  return typeof v;
}

/** A canonical text for hashing and equality (sets and object keys sorted). */
export function canon(v: Value): string {
  if (v === null) return 'n';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return `#${v}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v instanceof RObject) return `{${v.entries().map(([k, x]) => [canon(k), canon(x)]).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, x]) => `${k}:${x}`).join(',')}}`;
  return `<${[...v.map.keys()].sort().join(',')}>`;
}

/** Rego equality. */
export function equal(a: Value, b: Value): boolean {
  return canon(a) === canon(b);
}

/** Rego's total order: null < booleans < numbers < strings < arrays < objects < sets. */
export function compare(a: Value, b: Value): number {
  const ra = RANK[typeName(a)];
  const rb = RANK[typeName(b)];
  if (ra !== rb) return ra - rb;
  if (typeof a === 'boolean' || typeof a === 'number') return Number(a) - Number(b as number);
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  if (Array.isArray(a)) return compareLists(a, b as Value[]);
  if (a instanceof RObject) {
    const ea = sortedEntries(a);
    const eb = sortedEntries(b as RObject);
    for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
      const c = compare(ea[i][0], eb[i][0]) || compare(ea[i][1], eb[i][1]);
      if (c !== 0) return c;
    }
    return ea.length - eb.length;
  }
  if (a instanceof RSet) return compareLists(sortedValues(a), sortedValues(b as RSet));
  return 0;
}

function compareLists(a: Value[], b: Value[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function sortedEntries(o: RObject): Array<[Value, Value]> {
  return o.entries().sort((x, y) => compare(x[0], y[0]));
}

/** Set elements in Rego order. */
export function sortedValues(s: RSet): Value[] {
  return s.values().sort(compare);
}

/** Converts parsed JSON/YAML into a Value. */
export function fromJson(x: unknown): Value {
  if (x === null || x === undefined) return null;
  if (typeof x === 'boolean' || typeof x === 'number' || typeof x === 'string') return x;
  if (Array.isArray(x)) return x.map(fromJson);
  const o = new RObject();
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) o.set(k, fromJson(v));
  return o;
}

/** Converts a Value to JSON-compatible data (sets become sorted arrays, non-string keys their JSON text). */
export function toJson(v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof RSet) return sortedValues(v).map(toJson);
  const out: Record<string, unknown> = {};
  for (const [k, x] of v.entries()) out[typeof k === 'string' ? k : JSON.stringify(toJson(k))] = toJson(x);
  return out;
}
