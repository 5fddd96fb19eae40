// Checks every ref of an expression against the types it walks through (OPA's refChecker): a key that a
// closed object type (a schema's, a rule's literal value) does not have, indexing a scalar, or a var whose type
// cannot be a key there is `rego_type_error: undefined ref`, with OPA's caret detail lines.
import type { RefTerm, Term } from '../ast/nodes';
import { typeText } from '../types/print';
import { ANY, STRING, keysOf, select, valuesOf, type StaticKey, type Type } from '../types/types';
import { constantValue, extentType, type DataTypeNode, type TypeEnv } from './type-env';
import { unifies, unify1 } from './type-unify';

/** Prints terms for messages with the names users wrote. */
export type TermPrinter = (t: Term) => string;

/** A ref error: the message and the node to report it at. */
export interface RefError {
  message: string;
  at: Term;
}

function refPrefixText(ref: RefTerm, n: number, show: TermPrinter): string {
  return show({ ...ref, path: ref.path.slice(0, n - 1) });
}

function unsupported(ref: RefTerm, pos: number, have: Type | undefined, show: TermPrinter): RefError {
  const text = show(ref);
  const caret = '^'.repeat(refPrefixText(ref, pos + 1, show).length);
  return { message: `undefined ref: ${text}\n\t${text}\n\t${caret}\n\thave: ${typeText(have)}`, at: ref };
}

function oneOfText(keys: StaticKey[]): string {
  return `[${keys.map((k) => (typeof k === 'string' ? JSON.stringify(k) : String(k))).join(' ')}]`;
}

function objectKeys(t: Type | undefined): StaticKey[] {
  if (t?.kind === 'object') return t.static.map((p) => p.key);
  if (t?.kind === 'any') return [...new Set(t.of.flatMap(objectKeys))];
  return [];
}

function invalid(ref: RefTerm, pos: number, have: Type | undefined, want: Type | undefined, oneOf: StaticKey[], show: TermPrinter): RefError {
  const text = show(ref);
  const pad = ' '.repeat(refPrefixText(ref, pos, show).length + 1);
  const haveLine = have ? `${pad}have (type): ${typeText(have)}` : `${pad}have: ${show(ref.path[pos - 1])}`;
  const wantLine = oneOf.length > 0 ? `${pad}want (one of): ${oneOfText(oneOf)}` : `${pad}want (type): ${typeText(want)}`;
  return { message: `undefined ref: ${text}\n\t${text}\n\t${pad}^\n${'\t'}${haveLine}\n\t${wantLine}`, at: ref };
}

/** Walks a ref's elements from `pos` (1 = the first path element) through type `t` (OPA's checkRefLeaf). */
function checkFromType(env: TypeEnv, t: Type | undefined, ref: RefTerm, pos: number, show: TermPrinter): RefError | undefined {
  if (pos > ref.path.length) return undefined;
  const key = ref.path[pos - 1];
  const keys = keysOf(t);
  if (!keys) return unsupported(ref, pos - 1, t, show);
  switch (key.kind) {
    case 'Var': {
      const exist = env.varType(key.name);
      if (exist) {
        if (!unifies(exist, keys)) return invalid(ref, pos, exist, keys, objectKeys(t), show);
      } else env.putVar(key.name, keys);
      break;
    }
    case 'Ref': {
      const exist = env.typeOf(key);
      if (exist && !unifies(exist, keys)) return invalid(ref, pos, exist, keys, objectKeys(t), show);
      break;
    }
    case 'Array':
    case 'Object':
    case 'Set':
      if (!unify1(env, key, keys, false)) return invalid(ref, pos, env.typeOf(key), keys, [], show);
      break;
    default: {
      const c = constantValue(key);
      if (!c) break;
      const child = select(t, c.value);
      if (!child) return invalid(ref, pos, undefined, keys, objectKeys(t), show);
      return checkFromType(env, child, ref, pos + 1, show);
    }
  }
  return checkFromType(env, valuesOf(t), ref, pos + 1, show);
}

function checkData(env: TypeEnv, node: DataTypeNode, ref: RefTerm, pos: number, show: TermPrinter): RefError | undefined {
  if (pos > ref.path.length) return undefined;
  const key = ref.path[pos - 1];
  if (key.kind === 'Var' && !env.varType(key.name)) env.putVar(key.name, keysOf(extentType(node)) ?? STRING);
  const child = key.kind === 'String' ? node.children.get(key.value) : undefined;
  // A path no rule defines is a base document of unknown type: any from here on (vars used as keys become any).
  if (!child) return checkFromType(env, ANY, ref, pos + 1, show);
  const next = ref.path[pos];
  if (child.value && !(next?.kind === 'String' && child.children.has(next.value))) return checkFromType(env, child.value, ref, pos + 1, show);
  return checkData(env, child, ref, pos + 1, show);
}

/** Checks one ref; binds the types of vars used as keys. */
export function checkRef(env: TypeEnv, ref: RefTerm, show: TermPrinter): RefError | undefined {
  const head = ref.head;
  if (head.kind === 'Var' && !env.hasVar(head.name)) {
    if (head.name === 'data') return checkData(env, env.globals.data, ref, 1, show);
    if (head.name === 'input') return checkFromType(env, env.globals.input, ref, 1, show);
  }
  // A var whose type is not known yet is any from here on (OPA types it by its first use as a ref head).
  if (head.kind === 'Var' && !env.varType(head.name)) env.putVar(head.name, ANY);
  return checkFromType(env, env.typeOf(head), ref, 1, show);
}
