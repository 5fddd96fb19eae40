// CheckSafetyRuleBodies / CheckSafetyRuleHeads: reorders every body so each var is bound before it is
// used (OPA's reorderBodyForSafety: repeatedly pick the first expression whose inputs are bound), then
// reports what can never be bound as rego_unsafe_var_error "var x is unsafe". Closures, `every` and
// `not { }` bodies are reordered with the vars bound where they occur.
import type { Body, Expr, NodeBase, Rule, Term } from '../ast/nodes';
import { childTerms, isClosure, isGeneratedVar, refDottedName, termVars } from './ast-util';
import { rewriteRules, userVarName, type CompileContext } from './context';

type Vars = ReadonlySet<string>;

/** Number of declared parameters of a call's operator, if known. */
export function callArity(ctx: CompileContext, operator: Term): number | undefined {
  if (operator.kind !== 'Ref') return undefined;
  const name = refDottedName(operator);
  if (name === undefined) return undefined;
  if (name.startsWith('data.')) return ctx.functionArity.get(name);
  return ctx.builtins(name)?.args.length;
}

/** True if a `with` value names a user function or built-in (a replacement, not a value). */
function namesFunction(ctx: CompileContext, t: Term): boolean {
  if (t.kind !== 'Var' && t.kind !== 'Ref') return false;
  const name = t.kind === 'Var' ? t.name : refDottedName(t);
  if (name === undefined) return false;
  return name.startsWith('data.') ? ctx.functionArity.has(name) : ctx.builtins(name) !== undefined;
}

/** Vars in ref key positions (bindable by iterating the ref), closures excluded. */
function refKeyVars(t: Term, out: Set<string> = new Set()): Set<string> {
  if (t.kind === 'Ref') {
    for (const p of t.path) termVars(p, out);
    refKeyVars(t.head, out);
  } else if (!isClosure(t)) for (const c of childTerms(t)) refKeyVars(c, out);
  return out;
}

/** Free vars of the closures inside a term that the enclosing scopes can see. */
function closureInputs(t: Term, visible: Vars, out: Set<string>): void {
  if (isClosure(t)) {
    for (const v of termVars(t, new Set(), true)) if (visible.has(v)) out.add(v);
  } else for (const c of childTerms(t)) closureInputs(c, visible, out);
}

/** Vars in "pattern" positions: the term itself, or inside arrays/objects (values and keys), not refs or calls. */
function patternVars(t: Term, out: Set<string> = new Set()): Set<string> {
  if (t.kind === 'Var') out.add(t.name);
  else if (t.kind === 'Array') t.items.forEach((x) => patternVars(x, out));
  else if (t.kind === 'Object') t.entries.forEach((e) => patternVars(e.value, out));
  return out;
}

function subset(a: Vars, b: Vars): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function evaluable(t: Term, bound: Vars, visible: Vars): boolean {
  const need = termVars(t);
  closureInputs(t, visible, need);
  return subset(need, bound);
}

/** Vars bindable by unifying `a` with `b` given `bound`, to a fixpoint (handles `[x, 1] = [2, y]`). */
function unifyOutputs(a: Term, b: Term, bound: Vars, visible: Vars): Set<string> {
  const out = new Set<string>();
  const all = (): Set<string> => new Set([...bound, ...out]);
  const pair = (p: Term, q: Term): void => {
    if (p.kind === 'Array' && q.kind === 'Array' && p.items.length === q.items.length) {
      p.items.forEach((x, i) => pair(x, q.items[i]));
      return;
    }
    if (p.kind === 'Object' && q.kind === 'Object') {
      for (const e of p.entries) {
        const match = q.entries.find((f) => JSON.stringify(stripPos(f.key)) === JSON.stringify(stripPos(e.key)));
        if (match) pair(e.value, match.value);
      }
      return;
    }
    for (const [x, y] of [[p, q], [q, p]] as const) {
      if ((x.kind === 'Var' || x.kind === 'Array' || x.kind === 'Object') && evaluable(y, all(), visible)) {
        for (const v of patternVars(x)) out.add(v);
      }
    }
  };
  for (let size = -1; size !== out.size; ) {
    size = out.size;
    pair(a, b);
  }
  for (const v of bound) out.delete(v);
  return out;
}

function stripPos(t: Term): unknown {
  return JSON.parse(JSON.stringify(t, (k, v) => (k === 'span' || k === 'loc' ? undefined : v)));
}

interface ExprVars {
  inputs: Set<string>;
  outputs: Set<string>;
}

/** Vars of an expression outside nested bodies (closures, every, not-blocks). */
function shallowVars(e: Expr): Set<string> {
  const out = new Set<string>();
  const x = e.terms;
  if (x.kind === 'Unify') {
    termVars(x.left, out);
    termVars(x.right, out);
  } else if (x.kind === 'Every') termVars(x.domain, out);
  else if (x.kind !== 'Block' && x.kind !== 'Assign' && x.kind !== 'SomeDecl' && x.kind !== 'SomeIn' && x.kind !== 'Logical') termVars(x, out);
  for (const w of e.with) termVars(w.value, out);
  return out;
}

/** Vars of a nested body visible from outside it (deep). */
function nestedFree(body: Body, visible: Vars, out: Set<string>): void {
  for (const e of body) {
    for (const v of shallowVars(e)) if (visible.has(v)) out.add(v);
    forEachNested(e, (b) => nestedFree(b, visible, out));
    if (e.terms.kind === 'Logical') nestedFree(e.terms.operands, visible, out);
    for (const t of topTerms(e)) closureInputs(t, visible, out);
  }
}

function topTerms(e: Expr): Term[] {
  const x = e.terms;
  if (x.kind === 'Unify') return [x.left, x.right];
  if (x.kind === 'Every') return [x.domain];
  if (x.kind === 'Block' || x.kind === 'Assign' || x.kind === 'SomeDecl' || x.kind === 'SomeIn' || x.kind === 'Logical') return [];
  return [x];
}

function forEachNested(e: Expr, f: (b: Body) => void): void {
  if (e.terms.kind === 'Every' || e.terms.kind === 'Block') f(e.terms.body);
}

/** `x = y` with both unbound: x would be bound once y is, so only y is reported (as OPA does). */
function bindableOnceOthersAre(e: Expr, v: string, need: string[]): boolean {
  if (e.terms.kind !== 'Unify' || e.negated || need.length < 2) return false;
  const { left, right } = e.terms;
  return (left.kind === 'Var' && left.name === v) || (right.kind === 'Var' && right.name === v && !(left.kind === 'Var' && need.includes(left.name)));
}

class SafetyChecker {
  constructor(private readonly ctx: CompileContext) {}

  private classify(e: Expr, bound: Vars, visible: Vars): ExprVars {
    const inputs = new Set<string>();
    const outputs = new Set<string>();
    for (const w of e.with) {
      if (namesFunction(this.ctx, w.value)) continue;
      termVars(w.value, inputs);
      closureInputs(w.value, visible, inputs);
    }
    for (const t of topTerms(e)) closureInputs(t, visible, inputs);
    const x = e.terms;
    if (x.kind === 'Logical') {
      nestedFree(x.operands, visible, inputs);
      return { inputs, outputs };
    }
    if (x.kind === 'Every' || x.kind === 'Block') {
      nestedFree(x.body, visible, inputs);
      if (x.kind === 'Every') {
        const keys = refKeyVars(x.domain);
        for (const v of termVars(x.domain)) if (!keys.has(v) || !isGeneratedVar(v)) inputs.add(v);
        inputs.delete(x.key?.name ?? '');
        inputs.delete(x.value.name);
      }
      return { inputs, outputs };
    }
    const terms = topTerms(e);
    const keys = new Set<string>();
    for (const t of terms) refKeyVars(t, keys);
    const all = new Set<string>();
    for (const t of terms) termVars(t, all);
    if (e.negated) {
      for (const v of all) if (!(keys.has(v) && isGeneratedVar(v))) inputs.add(v);
      return { inputs, outputs };
    }
    for (const k of keys) outputs.add(k);
    const withKeys = new Set([...bound, ...keys]);
    if (x.kind === 'Unify') {
      for (const v of unifyOutputs(x.left, x.right, withKeys, visible)) outputs.add(v);
    } else if (x.kind === 'Call') {
      const arity = callArity(this.ctx, x.operator);
      const last = x.args[x.args.length - 1];
      if (arity !== undefined && x.args.length === arity + 1 && last) {
        for (const v of patternVars(last)) outputs.add(v);
      }
    }
    for (const v of all) if (!outputs.has(v)) inputs.add(v);
    return { inputs, outputs };
  }

  /** Reorders a body; reports unsafe vars; returns the new body and what it binds. */
  reorder(body: Body, bound0: Vars, outerVisible: Vars): { body: Body; bound: Set<string> } {
    const visible = new Set(outerVisible);
    for (const e of body) for (const v of shallowVars(e)) visible.add(v);
    // `data` and `input` are the roots every ref may start from: always bound.
    const bound = new Set([...bound0, 'data', 'input']);
    const remaining = [...body];
    const out: Body = [];
    while (remaining.length > 0) {
      const i = remaining.findIndex((e) => subset(this.classify(e, bound, visible).inputs, bound));
      if (i < 0) break;
      const [e] = remaining.splice(i, 1);
      const { outputs } = this.classify(e, bound, visible);
      out.push(this.rewriteNested(e, bound, visible));
      for (const v of outputs) bound.add(v);
    }
    const reported = new Set<string>();
    for (const e of remaining) {
      const need = [...this.classify(e, bound, visible).inputs].filter((v) => !bound.has(v));
      for (const v of need) {
        if (reported.has(v) || bindableOnceOthersAre(e, v, need)) continue;
        reported.add(v);
        this.unsafe(v, e);
      }
      out.push(e);
    }
    return { body: out, bound };
  }

  unsafe(name: string, at: NodeBase): void {
    this.ctx.diagnostics.error('rego_unsafe_var_error', `var ${userVarName(this.ctx, name)} is unsafe`, at);
  }

  /** Reorders the bodies nested in an expression (closures, every, not-blocks) with the vars bound so far. */
  private rewriteNested(e: Expr, bound: Vars, visible: Vars): Expr {
    const term = (t: Term): Term => this.closures(t, bound, visible);
    const x = e.terms;
    const withs = e.with.map((w) => ({ ...w, value: term(w.value) }));
    let terms: Expr['terms'];
    if (x.kind === 'Every') {
      const inner = new Set([...bound, x.value.name, ...(x.key ? [x.key.name] : [])]);
      terms = { ...x, domain: term(x.domain), body: this.reorder(x.body, inner, visible).body };
    } else if (x.kind === 'Block') terms = { ...x, body: this.reorder(x.body, bound, visible).body };
    else if (x.kind === 'Unify') terms = { ...x, left: term(x.left), right: term(x.right) };
    else if (x.kind === 'Logical') terms = { ...x, operands: x.operands.map((op) => this.reorder([op], bound, visible).body[0]) };
    else if (x.kind === 'Assign' || x.kind === 'SomeDecl' || x.kind === 'SomeIn') terms = x;
    else terms = term(x);
    return { ...e, terms, with: withs };
  }

  /** Reorders comprehension bodies inside a term and checks their heads. */
  closures(t: Term, bound: Vars, visible: Vars): Term {
    switch (t.kind) {
      case 'ArrayComprehension':
      case 'SetComprehension': {
        const r = this.reorder(t.body, bound, visible);
        this.checkHead([t.term], r.bound, t);
        return { ...t, body: r.body, term: this.closures(t.term, r.bound, visible) };
      }
      case 'ObjectComprehension': {
        const r = this.reorder(t.body, bound, visible);
        this.checkHead([t.key, t.value], r.bound, t);
        return { ...t, body: r.body, key: this.closures(t.key, r.bound, visible), value: this.closures(t.value, r.bound, visible) };
      }
      case 'Ref':
        return { ...t, head: this.closures(t.head, bound, visible), path: t.path.map((p) => this.closures(p, bound, visible)) };
      case 'Array':
      case 'Set':
        return { ...t, items: t.items.map((x) => this.closures(x, bound, visible)) };
      case 'Object':
        return { ...t, entries: t.entries.map((e) => ({ key: this.closures(e.key, bound, visible), value: this.closures(e.value, bound, visible) })) };
      case 'Call':
        return { ...t, args: t.args.map((x) => this.closures(x, bound, visible)) };
      default:
        return t;
    }
  }

  /** Reports head vars the body does not bind. */
  checkHead(terms: Term[], bound: Vars, at: NodeBase): void {
    const seen = new Set<string>();
    for (const t of terms) {
      for (const v of termVars(t)) {
        if (!bound.has(v) && !seen.has(v)) {
          seen.add(v);
          this.unsafe(v, t.kind === 'Var' ? t : at);
        }
      }
    }
  }
}

function ruleHeadTerms(rule: Rule): Term[] {
  const out: Term[] = [...rule.head.ref.path];
  if (rule.head.key) out.push(rule.head.key);
  if (rule.head.value) out.push(rule.head.value);
  return out;
}

function checkRule(checker: SafetyChecker, rule: Rule): Rule {
  const args = new Set<string>();
  for (const a of rule.head.args ?? []) termVars(a, args);
  const visible = new Set(args);
  for (const t of ruleHeadTerms(rule)) termVars(t, visible);
  const { body, bound } = checker.reorder(rule.body, args, visible);
  checker.checkHead(ruleHeadTerms(rule), bound, rule.head);
  const m = (t: Term | undefined): Term | undefined => t && checker.closures(t, bound, visible);
  return { ...rule, body, head: { ...rule.head, key: m(rule.head.key), value: m(rule.head.value) } };
}

/** The CheckSafetyRuleBodies stage (heads are checked with their bodies: they need the body's bindings). */
export function checkSafetyRuleBodies(ctx: CompileContext): void {
  const checker = new SafetyChecker(ctx);
  rewriteRules(ctx, (rule) => checkRule(checker, rule));
  if (ctx.query) ctx.query = { ...ctx.query, body: checker.reorder(ctx.query.body, new Set(), new Set()).body };
}
