// ResolveRefs: turns package-relative names and import aliases into full `data.…` / `input.…` refs, in
// bodies, heads, call operators and `with` targets. Locals (`:=`, `some`, `every`, function args) shadow.
import type { Body, Expr, Import, Module, RefTerm, Rule, Term } from '../ast/nodes';
import { forEachTermInExpr, mapExprTerms, mapTerm, mkDataRef, mkRef, mkVar, termVars } from './ast-util';
import type { CompileContext } from './context';
import { packagePath } from './rule-tree';

/** name → the ref it stands for. */
type Globals = Map<string, RefTerm>;

function importGlobals(imports: readonly Import[], into: Globals): void {
  for (const imp of imports) {
    const head = imp.path.head;
    if (head.kind !== 'Var' || (head.name !== 'data' && head.name !== 'input')) continue;
    const last = imp.path.path[imp.path.path.length - 1];
    const name = imp.alias ?? (last?.kind === 'String' ? last.value : head.name);
    into.set(name, imp.path);
  }
}

/** Vars declared anywhere in a body (`:=` targets, `some`, `some … in`, `every`), closures included. */
export function declaredVars(body: Body, out: Set<string> = new Set()): Set<string> {
  for (const e of body) declaredInExpr(e, out);
  return out;
}

function declaredInExpr(e: Expr, out: Set<string>): void {
  const x = e.terms;
  if (x.kind === 'Assign') termVars(x.left, out);
  if (x.kind === 'SomeDecl') for (const v of x.vars) out.add(v.name);
  if (x.kind === 'SomeIn') {
    if (x.key) termVars(x.key, out);
    termVars(x.value, out);
  }
  if (x.kind === 'Every') {
    if (x.key) out.add(x.key.name);
    out.add(x.value.name);
    declaredVars(x.body, out);
  }
  if (x.kind === 'Block') declaredVars(x.body, out);
  if (x.kind === 'Logical') for (const op of x.operands) declaredInExpr(op, out);
  forEachTermInExpr(e, (t) => {
    if (t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension' || t.kind === 'ObjectComprehension') declaredVars(t.body, out);
  });
}

/** Splices a resolved head into a ref: `p.q` with p ↦ data.pkg.p gives data.pkg.p.q. */
function spliceRef(target: RefTerm, ref: RefTerm): RefTerm {
  return mkRef(mkVar((target.head as { name: string }).name, ref.head), [...target.path, ...ref.path], ref);
}

function resolver(globals: Globals, shadowed: ReadonlySet<string>): (t: Term) => Term {
  const lookup = (name: string): RefTerm | undefined => (shadowed.has(name) ? undefined : globals.get(name));
  const f = (t: Term): Term => {
    if (t.kind === 'Var') {
      const target = lookup(t.name);
      return target ? spliceRef(target, mkRef(t, [], t)) : t;
    }
    if (t.kind === 'Ref' && t.head.kind === 'Ref') return mkRef(t.head.head, [...t.head.path, ...t.path], t);
    if (t.kind === 'Call' && t.operator.head.kind === 'Var') {
      const target = lookup(t.operator.head.name);
      return target ? { ...t, operator: spliceRef(target, t.operator) } : t;
    }
    return t;
  };
  return f;
}

/** Resolves one body with the given shadowing set. */
export function resolveBody(body: Body, globals: Globals, shadowed: ReadonlySet<string>): Body {
  const f = resolver(globals, shadowed);
  const bodyFn = (b: Body): Body => b.map((e) => mapExprTerms(e, f, bodyFn));
  return bodyFn(body);
}

function resolveRule(rule: Rule, globals: Globals): Rule {
  const shadowed = declaredVars(rule.body);
  for (const a of rule.head.args ?? []) termVars(a, shadowed as Set<string>);
  const f = resolver(globals, shadowed);
  const bodyFn = (b: Body): Body => b.map((e) => mapExprTerms(e, f, bodyFn));
  const m = (t: Term | undefined): Term | undefined => t && mapTerm(t, f, bodyFn);
  const head = { ...rule.head, key: m(rule.head.key), value: m(rule.head.value) };
  const refPath = rule.head.ref.path.map((t) => mapTerm(t, f, bodyFn));
  return { ...rule, head: { ...head, ref: { ...rule.head.ref, path: refPath } }, body: bodyFn(rule.body) };
}

/** The names a module's bodies may use unqualified: rules of its package (all modules) and its imports. */
function moduleGlobals(m: Module, rulesByPackage: Map<string, Set<string>>): Globals {
  const pkg = packagePath(m);
  const globals: Globals = new Map();
  for (const name of rulesByPackage.get(pkg.join('.')) ?? []) globals.set(name, mkDataRef([...pkg, name], m.package));
  importGlobals(m.imports, globals);
  return globals;
}

/** The ResolveRefs stage. */
export function resolveRefs(ctx: CompileContext): void {
  if (ctx.query) ctx.query = { ...ctx.query, body: resolveBody(ctx.query.body, new Map(), declaredVars(ctx.query.body)) };
  if (ctx.queryOnly) return;
  const rulesByPackage = new Map<string, Set<string>>();
  for (const m of ctx.modules) {
    const key = packagePath(m).join('.');
    const names = rulesByPackage.get(key) ?? new Set<string>();
    for (const r of m.rules) names.add(r.head.name);
    rulesByPackage.set(key, names);
  }
  ctx.modules = ctx.modules.map((m) => {
    const globals = moduleGlobals(m, rulesByPackage);
    const chain = (r: Rule): Rule => {
      const out = resolveRule(r, globals);
      return r.else ? { ...out, else: chain(r.else) } : out;
    };
    return { ...m, rules: m.rules.map(chain) };
  });
}
