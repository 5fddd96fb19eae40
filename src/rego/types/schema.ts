// JSON Schema → Rego type, for type-checking `input` (and `data` paths) against a schema as OPA does with
// `--schema` and `# METADATA schemas:`. Objects with `additionalProperties: false` are closed: a key the schema
// does not list is a type error. Without it an object also takes other string keys of the
// `additionalProperties` schema's type (any when absent), as JSON Schema defines. `$ref` to the document's own
// `definitions`/`$defs`, `type` lists, `enum`/`const`, `anyOf`/`oneOf` (unions) and `allOf` (merged objects) are
// read; anything else is any, so a schema never makes the checker stricter than the schema itself.
import { ANY, BOOLEAN, NULL, NUMBER, STRING, arrayOf, objectOf, or, typeOfJson, type StaticProperty, type Type } from './types';

type Schema = Record<string, unknown> | boolean;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Resolves a local JSON pointer (`#/definitions/x`) in the root schema. */
function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let cur: unknown = root;
  for (const raw of ref.slice(1).split('/').filter((p) => p !== '')) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

class SchemaReader {
  private readonly resolving = new Set<unknown>();

  constructor(private readonly root: unknown) {}

  read(s: unknown): Type {
    if (s === true || s === undefined) return ANY;
    if (s === false || !isObject(s)) return ANY;
    if (typeof s.$ref === 'string') return this.ref(s.$ref);
    if ('const' in s) return typeOfJson(s.const);
    if (Array.isArray(s.enum)) return unionOf(s.enum.map(typeOfJson));
    for (const key of ['anyOf', 'oneOf'] as const) {
      const list = s[key];
      if (Array.isArray(list)) return unionOf(list.map((x) => this.read(x)));
    }
    if (Array.isArray(s.allOf)) return this.allOf(s.allOf);
    const types = Array.isArray(s.type) ? s.type : typeof s.type === 'string' ? [s.type] : this.impliedTypes(s);
    if (types.length === 0) return ANY;
    return unionOf(types.map((t) => this.ofType(String(t), s)));
  }

  private ref(ref: string): Type {
    const target = resolvePointer(this.root, ref);
    // A recursive schema (a tree of nodes) is any below its first repetition.
    if (target === undefined || this.resolving.has(target)) return ANY;
    this.resolving.add(target);
    try {
      return this.read(target);
    } finally {
      this.resolving.delete(target);
    }
  }

  private impliedTypes(s: Record<string, unknown>): string[] {
    if ('properties' in s || 'additionalProperties' in s) return ['object'];
    if ('items' in s || 'prefixItems' in s) return ['array'];
    return [];
  }

  private ofType(t: string, s: Record<string, unknown>): Type {
    switch (t) {
      case 'null':
        return NULL;
      case 'boolean':
        return BOOLEAN;
      case 'number':
      case 'integer':
        return NUMBER;
      case 'string':
        return STRING;
      case 'array':
        return this.array(s);
      case 'object':
        return this.object(s);
      default:
        return ANY;
    }
  }

  private array(s: Record<string, unknown>): Type {
    const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
    if (tuple) {
      const rest = Array.isArray(s.items) ? s.additionalItems : s.items;
      return arrayOf(tuple.map((x) => this.read(x)), rest === false ? undefined : this.read(rest));
    }
    return arrayOf([], this.read(s.items));
  }

  private object(s: Record<string, unknown>): Type {
    const props: StaticProperty[] = [];
    if (isObject(s.properties)) for (const [key, value] of Object.entries(s.properties)) props.push({ key, value: this.read(value as Schema) });
    const extra = s.additionalProperties;
    if (extra === false) return objectOf(props);
    return objectOf(props, { key: STRING, value: this.read(extra) });
  }

  private allOf(list: unknown[]): Type {
    const parts = list.map((x) => this.read(x));
    // Only objects are merged; for anything else the first constraint that says something is taken.
    if (!parts.every((p) => p.kind === 'object')) return parts.find((p) => !isAnyAll(p)) ?? ANY;
    const props: StaticProperty[] = [];
    let closed = true;
    for (const p of parts as Array<Extract<Type, { kind: 'object' }>>) {
      for (const sp of p.static) if (!props.some((x) => x.key === sp.key)) props.push(sp);
      if (p.dynamic) closed = false;
    }
    return objectOf(props, closed ? undefined : { key: STRING, value: ANY });
  }
}

function isAnyAll(t: Type): boolean {
  return t.kind === 'any' && t.of.length === 0;
}

function unionOf(types: Type[]): Type {
  if (types.length === 0) return ANY;
  let out: Type | undefined;
  for (const t of types) out = or(out, t);
  return out ?? ANY;
}

/** The type of the documents a JSON Schema admits. */
export function schemaToType(schema: unknown): Type {
  return new SchemaReader(schema).read(schema);
}
