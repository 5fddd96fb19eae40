// CheckTypes: OPA's type checker (v1/ast/check.go) over the rewritten, safety-ordered bodies. Rules are checked
// in dependency order so that a ref to a rule or a call of a function sees its type; each expression's
// comprehensions, then its refs, then the expression itself (`=` unification, built-in and function calls
// against their signatures) are checked. Errors are `rego_type_error` with OPA's messages: "match error",
// "NAME: invalid argument(s)", "undefined ref: …". `input` is any unless a schema types it (type-schemas.ts).
import type { Body, Expr, RefTerm, Rule, Term } from '../ast/nodes';
import { builtinSignature } from '../builtins/signature';
import { argsText, typeText } from '../types/print';
import { ANY, STRING, arrayOf, isNil, objectOf, or, setOf, type Type } from '../types/types';
import { mapTerm, refDottedName, termText } from './ast-util';
import { groupGraph } from './check-recursion';
import { forEachRule, userVarName, type CompileContext } from './context';
import { subtreeRules, type RuleEntry } from './rule-tree';
import { extentType, mergeTypes, newDataTree, TypeEnv, type ClosureTyper, type DataTypeNode } from './type-env';
import { checkRef, type TermPrinter } from './type-refs';
import { ruleSchemaTypes, type SchemaOverride } from './type-schemas';
import { unify1, unify2 } from './type-unify';

type Closure = Extract<Term, { kind: 'ArrayComprehension' | 'SetComprehension' | 'ObjectComprehension' }>;
type FunctionType = Extract<Type, { kind: 'function' }>;

/** One type error: the message (detail lines after tabs) and where to report it. */
interface TypeError {
  message: string;
  at: { loc: Term['loc']; span: Term['span'] };
  /** Caused by a type that could not be inferred: dropped when a more precise error was found first. */
  nilCause: boolean;
}

class Checker {
  private readonly closures = new WeakMap<Closure, { env: TypeEnv; errors: TypeError[] }>();
  readonly show: TermPrinter;

  constructor(private readonly ctx: CompileContext) {
    this.show = (t) =>
      termText(mapTerm(t, (x) => (x.kind === 'Var' ? { ...x, name: x.name.startsWith('$') ? '_' : userVarName(ctx, x.name) } : x)));
  }

  /** The function type of a call's operator: a built-in's signature or a user function's inferred type. */
  private calleeType(env: TypeEnv, operator: RefTerm): Type | undefined {
    const name = refDottedName(operator);
    if (name === undefined) return undefined;
    if (name.startsWith('data.')) return env.refType(operator);
    const decl = this.ctx.builtins(name);
    return decl ? builtinSignature(decl) : undefined;
  }

  private argError(call: Extract<Term, { kind: 'Call' }>, msg: string, have: Array<Type | undefined>, want: FunctionType, at: Expr): TypeError {
    const wantArgs = want.result ? [...want.args, want.result] : want.args;
    const name = termText(call.operator);
    return { message: `${name}: ${msg}\n\thave: ${argsText(have)}\n\twant: ${argsText(wantArgs, want.variadic)}`, at, nilCause: have.some(isNil) };
  }

  private checkCall(env: TypeEnv, call: Extract<Term, { kind: 'Call' }>, at: Expr): TypeError | undefined {
    const callee = this.calleeType(env, call.operator);
    // Undefined functions were reported earlier; a function whose own body had errors is any.
    if (!callee || callee.kind !== 'function') return undefined;
    const args = call.args;
    const formal = callee.result ? [...callee.args, callee.result] : callee.args;
    const pre = args.map((a) => env.typeOf(a));
    if (args.length > formal.length && !callee.variadic) return this.argError(call, 'too many arguments', pre, callee, at);
    if (args.length < callee.args.length) return this.argError(call, 'too few arguments', pre, callee, at);
    for (let i = 0; i < args.length; i++) {
      if (!unify1(env, args[i], i < formal.length ? formal[i] : callee.variadic, false)) {
        return this.argError(call, 'invalid argument(s)', args.map((a) => env.typeOf(a)), callee, at);
      }
    }
    return undefined;
  }

  private checkUnify(env: TypeEnv, left: Term, right: Term, at: Expr): TypeError | undefined {
    const a = env.typeOf(left);
    const b = env.typeOf(right);
    if (unify2(env, left, a, right, b)) return undefined;
    return { message: `match error\n\tleft  : ${typeText(a)}\n\tright : ${typeText(b)}`, at, nilCause: isNil(a) || isNil(b) };
  }

  /** Comprehensions directly inside a term (not inside other comprehensions). */
  private closuresIn(t: Term, out: Closure[]): void {
    if (t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension' || t.kind === 'ObjectComprehension') {
      out.push(t);
      return;
    }
    if (t.kind === 'Ref') [t.head, ...t.path].forEach((x) => this.closuresIn(x, out));
    else if (t.kind === 'Array' || t.kind === 'Set') t.items.forEach((x) => this.closuresIn(x, out));
    else if (t.kind === 'Object') t.entries.forEach((e) => [e.key, e.value].forEach((x) => this.closuresIn(x, out)));
    else if (t.kind === 'Call') t.args.forEach((x) => this.closuresIn(x, out));
  }

  /** Refs inside a term, outside comprehensions; refs nested in ref keys come after the ref holding them. */
  private refsIn(t: Term, out: RefTerm[]): void {
    if (t.kind === 'Ref') {
      out.push(t);
      [t.head, ...t.path].forEach((x) => this.refsIn(x, out));
    } else if (t.kind === 'Array' || t.kind === 'Set') t.items.forEach((x) => this.refsIn(x, out));
    else if (t.kind === 'Object') t.entries.forEach((e) => [e.key, e.value].forEach((x) => this.refsIn(x, out)));
    else if (t.kind === 'Call') t.args.forEach((x) => this.refsIn(x, out));
  }

  /** The type of a comprehension, checking its body once in a scope nested in `env`. */
  readonly closureType: ClosureTyper = (t, env) => {
    const done = this.checkClosure(t, env);
    if (done.errors.length > 0) return undefined;
    if (t.kind === 'ArrayComprehension') return arrayOf([], done.env.typeOf(t.term));
    if (t.kind === 'SetComprehension') return setOf(done.env.typeOf(t.term));
    return objectOf([], { key: done.env.typeOf(t.key), value: done.env.typeOf(t.value) });
  };

  private checkClosure(t: Closure, env: TypeEnv): { env: TypeEnv; errors: TypeError[] } {
    let done = this.closures.get(t);
    if (!done) {
      const inner = env.child();
      done = { env: inner, errors: this.checkBody(inner, t.body) };
      this.closures.set(t, done);
    }
    return done;
  }

  private topTerms(e: Expr): Term[] {
    const x = e.terms;
    if (x.kind === 'Unify' || x.kind === 'Assign') return [x.left, x.right];
    if (x.kind === 'Every') return [x.domain];
    if (x.kind === 'Block' || x.kind === 'Logical' || x.kind === 'SomeDecl' || x.kind === 'SomeIn') return [];
    return [x];
  }

  private checkExpr(env: TypeEnv, e: Expr, errors: TypeError[]): void {
    const x = e.terms;
    const terms = this.topTerms(e);
    const closures: Closure[] = [];
    terms.forEach((t) => this.closuresIn(t, closures));
    const closureErrors = closures.flatMap((c) => this.checkClosure(c, env).errors);
    errors.push(...closureErrors);

    const refs: RefTerm[] = [];
    // A call's operator names a function; it is not a ref into a document.
    terms.forEach((t) => (t.kind === 'Call' ? t.args.forEach((a) => this.refsIn(a, refs)) : this.refsIn(t, refs)));
    let refErrors = 0;
    for (const ref of refs) {
      const err = checkRef(env, ref, this.show);
      if (err) {
        errors.push({ message: err.message, at: err.at, nilCause: false });
        refErrors++;
      }
    }

    let err: TypeError | undefined;
    if (x.kind === 'Unify') err = this.checkUnify(env, x.left, x.right, e);
    else if (x.kind === 'Call') err = this.checkCall(env, x, e);
    else if (x.kind === 'Every' || x.kind === 'Block') errors.push(...this.checkBody(env.child(), x.body));
    else if (x.kind === 'Logical') for (const op of x.operands) this.checkExpr(env, op, errors);
    // A nil-typed failure after a more precise error in the same expression is a consequence of it.
    if (err && !((closureErrors.length > 0 || refErrors > 0) && err.nilCause)) errors.push(err);
  }

  /** Checks a body in `env`, returning the errors found. */
  checkBody(env: TypeEnv, body: Body): TypeError[] {
    const errors: TypeError[] = [];
    for (const e of body) this.checkExpr(env, e, errors);
    return errors;
  }

  /** The type a rule contributes at its path (undefined when nothing can be said). */
  ruleType(env: TypeEnv, rule: Rule, suffix: readonly Term[]): Type | undefined {
    const head = rule.head;
    if (head.args) {
      for (const a of head.args) for (const v of varsOf(a)) if (!env.varType(v)) env.putVar(v, ANY);
      // An unknown result is any rather than absent: absent would make every call with an output argument an
      // error, and this checker infers less than OPA's in places (refs into base documents, `every`).
      const result = head.value ? (env.typeOf(head.value) ?? ANY) : undefined;
      return { kind: 'function', args: head.args.map((a) => env.typeOf(a) ?? ANY), ...(result ? { result } : {}) };
    }
    let t: Type | undefined;
    let objectPath = suffix;
    if (rule.ruleKind === 'partial-set') {
      if (!head.key) return undefined;
      t = setOf(env.typeOf(head.key));
      // The set's element is the last ref term (`p contains x` keeps it in `key`, not in the path).
      objectPath = suffix.filter((s) => s !== head.key);
    } else t = head.value ? env.typeOf(head.value) : undefined;
    for (let i = objectPath.length - 1; i >= 0 && t; i--) {
      const k = env.typeOf(objectPath[i]);
      t = k ? objectOf([], { key: k, value: t }) : undefined;
    }
    return t;
  }

  /** Reports collected errors. */
  report(errors: TypeError[]): void {
    for (const e of errors) this.ctx.diagnostics.error('rego_type_error', e.message, e.at);
  }
}

function varsOf(t: Term): string[] {
  if (t.kind === 'Var') return [t.name];
  if (t.kind === 'Array' || t.kind === 'Set') return t.items.flatMap(varsOf);
  if (t.kind === 'Object') return t.entries.flatMap((e) => varsOf(e.value));
  return [];
}

/** An object type that also admits `t` under further string keys (a rule defined below another rule's path). */
function widened(value: Type, t: Type, depth: number): Type {
  if (value.kind !== 'object') return value;
  const inner = depth === 1 ? t : ANY;
  return objectOf(value.static, { key: or(value.dynamic?.key, STRING), value: or(value.dynamic?.value, inner) });
}

function insertType(root: DataTypeNode, path: readonly string[], t: Type): void {
  let node = root;
  for (const [i, key] of path.entries()) {
    if (node.value) node.value = widened(node.value, t, path.length - i);
    let child = node.children.get(key);
    if (!child) {
      child = newDataTree();
      node.children.set(key, child);
    }
    node = child;
  }
  let value = mergeTypes(node.value, t) as Type;
  for (const child of node.children.values()) value = widened(value, extentType(child), 1);
  node.value = value;
}

/** Rule groups in dependency order (dependencies first); recursion was rejected by CheckRecursion. */
function groupsInOrder(ctx: CompileContext): RuleEntry[][] {
  const graph = groupGraph(ctx.tree);
  const done = new Set<string>();
  const out: RuleEntry[][] = [];
  const visit = (name: string): void => {
    if (done.has(name)) return;
    done.add(name);
    const g = graph.get(name);
    if (!g) return;
    for (const dep of [...g.deps.groups].sort()) visit(dep);
    out.push(subtreeRules(g.node));
  };
  for (const name of [...graph.keys()].sort()) visit(name);
  return out;
}

/** Types every rule in dependency order into a data type tree; reports errors unless `silent`. */
function typeRules(ctx: CompileContext, checker: Checker, silent: boolean): DataTypeNode {
  const data = newDataTree();
  const schemaTypes: Map<Rule, SchemaOverride[]> = new Map();
  forEachRule(ctx, (rule, module) => {
    const overrides = ruleSchemaTypes(ctx, rule, module, silent);
    if (overrides.length > 0) schemaTypes.set(rule, overrides);
  });
  for (const group of groupsInOrder(ctx)) {
    const pending: Array<{ path: string[]; type: Type }> = [];
    for (const entry of group) {
      for (let link: Rule | undefined = entry.rule; link; link = link.else) {
        const overrides = schemaTypes.get(entry.rule) ?? [];
        const env = new TypeEnv(globalsFor(ctx, data, checker, overrides));
        const errors = checker.checkBody(env, link.body);
        if (errors.length > 0) {
          if (!silent) checker.report(errors);
          pending.push({ path: entry.path, type: ANY });
          continue;
        }
        const t = checker.ruleType(env, link, entry.suffix);
        if (t) pending.push({ path: entry.path, type: t });
      }
    }
    for (const p of pending) insertType(data, p.path, p.type);
  }
  return data;
}

function globalsFor(ctx: CompileContext, data: DataTypeNode, checker: Checker, overrides: SchemaOverride[]): TypeEnv['globals'] {
  let input = ctx.inputType ?? ANY;
  for (const o of overrides) if (o.root === 'input') input = o.apply(input);
  let scoped = data;
  if (overrides.some((o) => o.root === 'data')) {
    scoped = { ...data, children: new Map(data.children) };
    for (const o of overrides) if (o.root === 'data') o.applyData(scoped);
  }
  return { data: scoped, input, closure: checker.closureType };
}

/** The CheckTypes stage. */
export function checkTypes(ctx: CompileContext): void {
  const checker = new Checker(ctx);
  const data = typeRules(ctx, checker, ctx.queryOnly);
  if (ctx.query) checker.report(checker.checkBody(new TypeEnv(globalsFor(ctx, data, checker, [])), ctx.query.body));
}
