// The type environment of the type checker (OPA's TypeEnv): the types of local vars in nested scopes, over a
// tree of the types of `data` (rule values, keyed by path) and the type of `input` (any, or a schema's).
import type { RefTerm, Term } from '../ast/nodes';
import { ANY, BOOLEAN, NULL, NUMBER, STRING, arrayOf, objectOf, or, select, setOf, valuesOf, type StaticProperty, type Type } from '../types/types';

/** A node of the data type tree: a rule's type at its path, and children below. */
export interface DataTypeNode {
  value?: Type;
  children: Map<string, DataTypeNode>;
}

/** A new empty data type tree. */
export function newDataTree(): DataTypeNode {
  return { children: new Map() };
}

/** The JSON value of a constant scalar term, or undefined when the term is not one. */
export function scalarValue(t: Term): { value: unknown } | undefined {
  switch (t.kind) {
    case 'Null':
      return { value: null };
    case 'Boolean':
      return { value: t.value };
    case 'Number':
      return { value: Number(t.raw) };
    case 'String':
      return { value: t.value };
    default:
      return undefined;
  }
}

/** The JSON value of a ground term made of scalars, arrays and objects (OPA's ast.JSON), if it is one. */
export function constantValue(t: Term): { value: unknown } | undefined {
  const scalar = scalarValue(t);
  if (scalar) return scalar;
  if (t.kind === 'Array') {
    const items = t.items.map(constantValue);
    return items.every((x) => x) ? { value: items.map((x) => x?.value) } : undefined;
  }
  if (t.kind === 'Object') {
    const out: Record<string, unknown> = {};
    for (const e of t.entries) {
      const v = constantValue(e.value);
      if (e.key.kind !== 'String' || !v) return undefined;
      out[e.key.value] = v.value;
    }
    return { value: out };
  }
  return undefined;
}

/** Merges two rule types inserted at one path (OPA's mergeTypes, for the shapes rules produce). */
export function mergeTypes(a: Type | undefined, b: Type | undefined): Type | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.kind === 'object' && b.kind === 'object' && a.static.length === 0 && b.static.length === 0 && a.dynamic && b.dynamic) {
    return objectOf([], { key: or(a.dynamic.key, b.dynamic.key), value: mergeTypes(a.dynamic.value, b.dynamic.value) });
  }
  if (a.kind === 'set' && b.kind === 'set') return setOf(or(a.of, b.of));
  return or(a, b);
}

/** What the environment asks of the checker: the type of a comprehension (its body checked in `env`). */
export type ClosureTyper = (t: Extract<Term, { kind: 'ArrayComprehension' | 'SetComprehension' | 'ObjectComprehension' }>, env: TypeEnv) => Type | undefined;

/** Local var types in one scope, falling back to the enclosing scope, then to `data`/`input`. */
export class TypeEnv {
  private readonly vars = new Map<string, Type | undefined>();

  constructor(
    readonly globals: { data: DataTypeNode; input: Type; closure: ClosureTyper },
    readonly parent?: TypeEnv,
  ) {}

  /** A nested scope. */
  child(): TypeEnv {
    return new TypeEnv(this.globals, this);
  }

  /** The type of a var, searching enclosing scopes; undefined when unknown. */
  varType(name: string): Type | undefined {
    if (this.vars.has(name)) return this.vars.get(name);
    return this.parent?.varType(name);
  }

  /** Whether a var has a type in this scope or an enclosing one. */
  hasVar(name: string): boolean {
    return this.vars.has(name) || (this.parent?.hasVar(name) ?? false);
  }

  /** Sets a var's type in this scope. */
  putVar(name: string, t: Type | undefined): void {
    this.vars.set(name, t);
  }

  /** The type of a term (OPA's GetByValue). */
  typeOf(t: Term): Type | undefined {
    switch (t.kind) {
      case 'Null':
        return NULL;
      case 'Boolean':
        return BOOLEAN;
      case 'Number':
        return NUMBER;
      case 'String':
      case 'TemplateString':
        return STRING;
      case 'Array':
        return arrayOf(t.items.map((x) => this.typeOf(x)), t.items.length === 0 ? ANY : undefined);
      case 'Object':
        return this.objectType(t);
      case 'Set': {
        let of: Type | undefined;
        for (const x of t.items) of = or(of, this.typeOf(x));
        return setOf(t.items.length === 0 ? ANY : of);
      }
      case 'ArrayComprehension':
      case 'SetComprehension':
      case 'ObjectComprehension':
        return this.globals.closure(t, this);
      case 'Ref':
        return this.refType(t);
      case 'Var':
        return this.varType(t.name);
      case 'Call':
        return undefined;
    }
  }

  private objectType(t: Extract<Term, { kind: 'Object' }>): Type {
    const statics: StaticProperty[] = [];
    let dynamic: { key: Type | undefined; value: Type | undefined } | undefined;
    for (const e of t.entries) {
      const k = scalarValue(e.key);
      if (k && (typeof k.value !== 'number' || Number.isFinite(k.value))) statics.push({ key: k.value as string, value: this.typeOf(e.value) });
      else dynamic = { key: this.typeOf(e.key), value: this.typeOf(e.value) };
    }
    if (statics.length === 0 && !dynamic) dynamic = { key: ANY, value: ANY };
    return objectOf(statics, dynamic);
  }

  /** The type of the document a ref's root denotes, and how many path elements that root consumed. */
  private rootType(ref: RefTerm): Type | undefined {
    const head = ref.head;
    if (head.kind === 'Var' && head.name === 'input' && !this.hasVar('input')) return this.globals.input;
    return this.typeOf(head);
  }

  /** The type of a ref (OPA's GetByRef). */
  refType(ref: RefTerm): Type | undefined {
    if (ref.head.kind === 'Var' && ref.head.name === 'data' && !this.hasVar('data')) return dataRefType(this.globals.data, ref.path);
    return selectPath(this.rootType(ref), ref.path);
  }
}

/** The type of the whole subtree under a data node that holds no rule itself (OPA's getRefRecExtent). */
export function extentType(node: DataTypeNode): Type {
  if (node.value) return node.value;
  const props: StaticProperty[] = [];
  for (const [key, child] of node.children) props.push({ key, value: extentType(child) });
  return objectOf(props, { key: STRING, value: ANY });
}

function dataRefType(root: DataTypeNode, path: readonly Term[]): Type | undefined {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const child = key.kind === 'String' ? node.children.get(key.value) : undefined;
    // A rule below another rule's path (`p[k] := …` beside `p.foo := …`) has its own, more precise type.
    if (node.value && !child) return selectPath(node.value, path.slice(i));
    if (!child) return constantValue(key) ? ANY : selectPath(extentType(node), path.slice(i));
    node = child;
  }
  return extentType(node);
}

/** The type reached by following ref path elements from a type (OPA's selectRef). */
export function selectPath(t: Type | undefined, path: readonly Term[]): Type | undefined {
  let cur = t;
  for (const p of path) {
    if (!cur) return undefined;
    const c = constantValue(p);
    cur = c && p.kind !== 'Array' && p.kind !== 'Object' ? select(cur, c.value) : valuesOf(cur);
  }
  return cur;
}
