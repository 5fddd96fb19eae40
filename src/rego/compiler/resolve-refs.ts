// ResolveRefs: turns package-relative names and import aliases into full `data.…` / `input.…` refs, in
// bodies, heads, call operators and `with` targets. Locals (`:=`, `some`, `every`, function args) shadow.
import type { Body, Expr, Import, Module, RefTerm, Rule, Term } from '../ast/nodes';
import { mapExprTerms, mapTerm, mkDataRef, mkRef, mkVar, termVars } from './ast-util';
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

/**
 * Vars a body declares (`:=` targets, `some`, `some … in`, `every`), nested `every`/`not { }` bodies included
 * but not closures: a comprehension declares its own (OPA's declaredVars).
 */
function declaredVars(body: Body, out: Set<string> = new Set()): Set<string> {
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
}

/** Splices a resolved head into a ref: `p.q` with p ↦ data.pkg.p gives data.pkg.p.q. */
function spliceRef(target: RefTerm, ref: RefTerm): RefTerm {
  return mkRef(mkVar((target.head as { name: string }).name, ref.head), [...target.path, ...ref.path], ref);
}

/**
 * Resolution in one scope: locals in `shadowed` stay vars. A comprehension (in a body or a rule head) opens a
 * scope of its own with the vars its body declares, as OPA's resolveRefs does.
 */
class Resolver {
  constructor(private readonly globals: Globals, private readonly shadowed: ReadonlySet<string>) {}

  private lookup(name: string): RefTerm | undefined {
    return this.shadowed.has(name) ? undefined : this.globals.get(name);
  }

  private readonly f = (t: Term): Term => {
    switch (t.kind) {
      case 'Var': {
        const target = this.lookup(t.name);
        return target ? spliceRef(target, mkRef(t, [], t)) : t;
      }
      case 'Ref':
        return t.head.kind === 'Ref' ? mkRef(t.head.head, [...t.head.path, ...t.path], t) : t;
      case 'Call': {
        const target = t.operator.head.kind === 'Var' ? this.lookup(t.operator.head.name) : undefined;
        return target ? { ...t, operator: spliceRef(target, t.operator) } : t;
      }
      case 'ArrayComprehension':
      case 'SetComprehension':
      case 'ObjectComprehension':
        return this.inner(t.body).closure(t);
      default:
        return t;
    }
  };

  private inner(body: Body): Resolver {
    return new Resolver(this.globals, new Set([...this.shadowed, ...declaredVars(body)]));
  }

  private closure(t: Term): Term {
    if (t.kind === 'ArrayComprehension' || t.kind === 'SetComprehension') return { ...t, term: this.term(t.term), body: this.body(t.body) };
    if (t.kind === 'ObjectComprehension') return { ...t, key: this.term(t.key), value: this.term(t.value), body: this.body(t.body) };
    return t;
  }

  term(t: Term): Term {
    return mapTerm(t, this.f);
  }

  body(body: Body): Body {
    return body.map((e) => this.expr(e));
  }

  private expr(e: Expr): Expr {
    const out = mapExprTerms(e, this.f);
    const x = e.terms;
    if (x.kind === 'Logical') return { ...out, terms: { ...x, operands: x.operands.map((op) => this.expr(op)) } };
    if (out.terms.kind === 'Every' || out.terms.kind === 'Block') return { ...out, terms: { ...out.terms, body: this.body(out.terms.body) } };
    return out;
  }
}

/** Resolves one body (a query) with the vars it declares shadowing. */
function resolveBody(body: Body, globals: Globals): Body {
  return new Resolver(globals, declaredVars(body)).body(body);
}

function resolveRule(rule: Rule, globals: Globals): Rule {
  const shadowed = declaredVars(rule.body);
  for (const a of rule.head.args ?? []) termVars(a, shadowed);
  const r = new Resolver(globals, shadowed);
  const m = (t: Term | undefined): Term | undefined => t && r.term(t);
  const head = { ...rule.head, key: m(rule.head.key), value: m(rule.head.value) };
  const refPath = rule.head.ref.path.map((t) => r.term(t));
  return { ...rule, head: { ...head, ref: { ...rule.head.ref, path: refPath } }, body: r.body(rule.body) };
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
  if (ctx.query) ctx.query = { ...ctx.query, body: resolveBody(ctx.query.body, new Map()) };
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
