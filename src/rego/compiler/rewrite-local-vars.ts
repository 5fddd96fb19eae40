// RewriteLocalVars: gives every declared local (`:=`, `some`, `some … in`, `every`) a unique `__localN__`
// name with proper scoping (comprehensions, `every` and `not { }` bodies are nested scopes), reports
// redeclarations, rewrites `some x in xs` to `x = xs[$k]` and `:=` to unification.
import type { Body, Expr, Module, Rule, Term, VarTerm } from '../ast/nodes';
import { mkExpr, mkRef, mkVar, termVars } from './ast-util';
import { freshName, rewriteRules, type CompileContext } from './context';

interface Scope {
  /** Declared name → rewritten name. */
  declared: Map<string, string>;
  /** Names used in this scope before any declaration of them. */
  used: Set<string>;
  /** Vars declared by `some x` (no `in`), which OPA requires to be used. */
  someDecls: Map<string, VarTerm>;
  /** Rewritten names referenced after their declaration. */
  referenced: Set<string>;
}

class LocalRewriter {
  private readonly scopes: Scope[] = [];

  constructor(
    private readonly ctx: CompileContext,
    private readonly names?: Map<string, string>,
    /** Rego v0 lets locals shadow `input` and `data`; v1 (OPA's strict check) does not. */
    private readonly rootsMayBeShadowed = false,
  ) {}

  push(): void {
    this.scopes.push({ declared: new Map(), used: new Set(), someDecls: new Map(), referenced: new Set() });
  }

  /** Leaves a scope, reporting `some x` declarations that were never used (OPA's "declared var x unused"). */
  pop(): void {
    const scope = this.scopes.pop();
    for (const [renamed, v] of scope?.someDecls ?? []) {
      if (!scope?.referenced.has(renamed)) this.ctx.diagnostics.error('rego_compile_error', `declared var ${v.name} unused`, v);
    }
  }

  /** Runs `f` in a fresh nested scope (an and/or operand). */
  scoped<T>(f: () => T): T {
    this.push();
    try {
      return f();
    } finally {
      this.pop();
    }
  }

  /** Declares a name in the innermost scope without renaming it (function arguments). */
  declareAsIs(name: string): void {
    this.top().declared.set(name, name);
  }

  private top(): Scope {
    return this.scopes[this.scopes.length - 1];
  }

  private lookup(name: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const found = this.scopes[i].declared.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private declare(v: VarTerm, what: 'assigned' | 'declared'): string {
    const scope = this.top();
    if (v.wildcard) return v.name;
    if ((v.name === 'input' || v.name === 'data') && !this.rootsMayBeShadowed) {
      this.ctx.diagnostics.error('rego_compile_error', `variables must not shadow ${v.name} (use a different variable name)`, v);
    }
    const previous = scope.declared.get(v.name);
    if (previous !== undefined) {
      this.ctx.diagnostics.error('rego_compile_error', `var ${v.name} ${what} above`, v);
      return previous;
    }
    if (scope.used.has(v.name)) {
      this.ctx.diagnostics.error('rego_compile_error', `var ${v.name} referenced above`, v);
    }
    const renamed = freshName(this.ctx, '__local');
    scope.declared.set(v.name, renamed);
    this.names?.set(renamed, v.name);
    this.ctx.localNames.set(renamed, v.name);
    return renamed;
  }

  private declarePattern(t: Term, what: 'assigned' | 'declared'): void {
    const visit = (x: Term): void => {
      if (x.kind === 'Var') this.declare(x, what);
      else if (x.kind === 'Ref' && x.head.kind === 'Var' && x.path.length === 0 && (x.head.name === 'input' || x.head.name === 'data')) this.declare(x.head, what);
      else if (x.kind === 'Array') x.items.forEach(visit);
      else if (x.kind === 'Object') x.entries.forEach((e) => visit(e.value));
      else if (what === 'assigned') this.ctx.diagnostics.error('rego_compile_error', 'cannot assign to ' + describe(x), x);
    };
    visit(t);
  }

  term(t: Term): Term {
    switch (t.kind) {
      case 'Var': {
        const renamed = this.lookup(t.name);
        if (renamed !== undefined) {
          for (const s of this.scopes) s.referenced.add(renamed);
          return renamed === t.name ? t : { ...t, name: renamed };
        }
        if (!t.wildcard) this.top().used.add(t.name);
        return t;
      }
      case 'Ref': {
        const root = t.head.kind === 'Var' && (t.head.name === 'data' || t.head.name === 'input');
        if (root && !this.lookup((t.head as VarTerm).name)) return { ...t, path: t.path.map((p) => this.term(p)) };
        const head = this.term(t.head);
        // A v0 local named `input` or `data` stands for itself: a bare ref to it is the local var.
        if (root && t.path.length === 0) return head;
        return { ...t, head, path: t.path.map((p) => this.term(p)) };
      }
      case 'Array':
      case 'Set':
        return { ...t, items: t.items.map((x) => this.term(x)) };
      case 'Object':
        return { ...t, entries: t.entries.map((e) => ({ key: this.term(e.key), value: this.term(e.value) })) };
      case 'Call':
        return { ...t, args: t.args.map((x) => this.term(x)) };
      case 'ArrayComprehension':
      case 'SetComprehension': {
        this.push();
        const body = this.body(t.body);
        const term = this.term(t.term);
        this.pop();
        return { ...t, body, term };
      }
      case 'ObjectComprehension': {
        this.push();
        const body = this.body(t.body);
        const key = this.term(t.key);
        const value = this.term(t.value);
        this.pop();
        return { ...t, body, key, value };
      }
      default:
        return t;
    }
  }

  body(body: Body): Body {
    const out: Body = [];
    for (const e of body) {
      const rewritten = this.expr(e);
      if (rewritten) out.push(rewritten);
    }
    if (out.length === 0 && body.length > 0) out.push(mkExpr({ kind: 'Boolean', value: true, span: body[0].span, loc: body[0].loc }, body[0]));
    return out;
  }

  private expr(e: Expr): Expr | undefined {
    const withs = e.with.map((w) => ({ ...w, value: this.term(w.value) }));
    const x = e.terms;
    const make = (terms: Expr['terms']): Expr => ({ ...e, terms, with: withs });
    switch (x.kind) {
      case 'Assign': {
        const right = this.term(x.right);
        this.declarePattern(x.left, 'assigned');
        return make({ kind: 'Unify', left: this.term(x.left), right, span: x.span, loc: x.loc });
      }
      case 'SomeDecl':
        for (const v of x.vars) if (!v.wildcard) this.top().someDecls.set(this.declare(v, 'declared'), v);
        return undefined;
      case 'SomeIn': {
        const domain = this.term(x.domain);
        if (x.key) this.declarePattern(x.key, 'declared');
        this.declarePattern(x.value, 'declared');
        const key = x.key ? this.term(x.key) : mkVar(freshName(this.ctx, '$k'), x);
        const ref = domain.kind === 'Ref' ? { ...domain, path: [...domain.path, key] } : mkRef(domain, [key], domain);
        return make({ kind: 'Unify', left: this.term(x.value), right: ref, span: x.span, loc: x.loc });
      }
      case 'Every': {
        const domain = this.term(x.domain);
        this.push();
        const key = x.key ? { ...x.key, name: this.declare(x.key, 'declared') } : mkVar(freshName(this.ctx, '$k'), x);
        const value = { ...x.value, name: this.declare(x.value, 'declared') };
        const body = this.body(x.body);
        this.pop();
        return make({ ...x, key, value, domain, body });
      }
      case 'Block': {
        this.push();
        const body = this.body(x.body);
        this.pop();
        return make({ ...x, body });
      }
      case 'Logical':
        return make({ ...x, operands: x.operands.map((op) => this.scoped(() => this.expr(op) ?? op)) });
      case 'Unify':
        return make({ ...x, left: this.term(x.left), right: this.term(x.right) });
      default:
        return make(this.term(x));
    }
  }
}

function describe(t: Term): string {
  return t.kind === 'Ref' ? 'ref' : t.kind.toLowerCase();
}

function rewriteRule(ctx: CompileContext, rule: Rule, module: Module): Rule {
  const rw = new LocalRewriter(ctx, undefined, module.regoVersion === 'v0');
  rw.push();
  for (const a of rule.head.args ?? []) for (const name of termVars(a)) rw.declareAsIs(name);
  const body = rw.body(rule.body);
  const m = (t: Term | undefined): Term | undefined => t && rw.term(t);
  const head = {
    ...rule.head,
    ref: { ...rule.head.ref, path: rule.head.ref.path.map((t) => rw.term(t)) },
    key: m(rule.head.key),
    value: m(rule.head.value),
  };
  rw.pop();
  return { ...rule, head, body };
}

/** The RewriteLocalVars stage. */
export function rewriteLocalVars(ctx: CompileContext): void {
  rewriteRules(ctx, (rule, module) => rewriteRule(ctx, rule, module));
  if (ctx.query) {
    const rw = new LocalRewriter(ctx, ctx.query.names);
    rw.push();
    ctx.query = { ...ctx.query, body: rw.body(ctx.query.body) };
    rw.pop();
  }
}
