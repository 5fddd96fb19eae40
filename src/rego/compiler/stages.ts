// THE compiler stage array (OPA's v1/ast/compile.go list, trimmed to what plangate needs) and the runner
// that executes it: timed, stopping after the first stage that reported errors, with stopAfter/skip.
import { checkImports } from './check-imports';
import { checkKeywordOverrides } from './check-keyword-overrides';
import { checkPathConflicts } from './check-path-conflicts';
import { checkRecursion } from './check-recursion';
import { checkRuleConflicts } from './check-rule-conflicts';
import { checkSafetyRuleBodies } from './check-safety';
import { checkArity } from './check-arity';
import { checkTypes } from './check-types';
import { checkUndefinedFuncs } from './check-undefined-funcs';
import { checkUnsafeBuiltins } from './check-unsafe-builtins';
import { checkUnsupported } from './check-unsupported';
import type { CompileContext } from './context';
import { resolveRefs } from './resolve-refs';
import { rewriteDynamicTerms } from './rewrite-dynamic-terms';
import { rewriteEquals } from './rewrite-equals';
import { rewriteExprTerms } from './rewrite-expr-terms';
import { rewriteLocalVars } from './rewrite-local-vars';
import { rewritePrintCalls } from './rewrite-print-calls';
import { rewriteWithValues } from './rewrite-with-values';
import { setRuleTree } from './set-rule-tree';

/** One compiler stage. */
export interface Stage {
  readonly name: string;
  readonly run: (ctx: CompileContext) => void;
}

/** The stages in execution order; names match OPA's where the stage is the same. */
export const STAGES = [
  // Before ResolveRefs, which would otherwise take a rule named `data` or `input` for a package rule.
  { name: 'CheckKeywordOverrides', run: checkKeywordOverrides },
  // First: every later stage sees full `data.…` refs and resolved import aliases.
  { name: 'ResolveRefs', run: resolveRefs },
  { name: 'CheckImports', run: checkImports },
  { name: 'CheckUnsupported', run: checkUnsupported },
  // Needs resolved refs (function names are data paths); gives the arities later stages rely on.
  { name: 'SetRuleTree', run: setRuleTree },
  // Declared locals get unique names before anything reorders or hoists; `some … in` and `:=` disappear.
  { name: 'RewriteLocalVars', run: rewriteLocalVars },
  { name: 'RewritePrintCalls', run: rewritePrintCalls },
  { name: 'CheckRuleConflicts', run: checkRuleConflicts },
  { name: 'CheckPathConflicts', run: checkPathConflicts },
  { name: 'CheckUndefinedFuncs', run: checkUndefinedFuncs },
  // Before RewriteExprTerms (unlike OPA): afterwards a nested call's output argument is indistinguishable.
  { name: 'CheckArity', run: checkArity },
  { name: 'CheckUnsafeBuiltins', run: checkUnsafeBuiltins },
  { name: 'RewriteWithValues', run: rewriteWithValues },
  // Must precede CheckSafetyRuleBodies: hoisted calls become separately reorderable expressions.
  { name: 'RewriteExprTerms', run: rewriteExprTerms },
  // Reorders bodies.
  { name: 'CheckSafetyRuleBodies', run: checkSafetyRuleBodies },
  // After the safety check (so `==` never binds a var), before RewriteDynamicTerms, as in OPA.
  { name: 'RewriteEquals', run: rewriteEquals },
  // Binds call operands and dynamic ref segments ahead of their expression, negated or not.
  { name: 'RewriteDynamicTerms', run: rewriteDynamicTerms },
  { name: 'CheckRecursion', run: checkRecursion },
  // After safety ordering, as in OPA: vars are typed where they are bound; rules in dependency order.
  { name: 'CheckTypes', run: checkTypes },
] as const satisfies readonly Stage[];

/** A stage name. */
export type StageName = (typeof STAGES)[number]['name'];

/** Options of the runner. */
export interface RunOptions {
  stopAfter?: string;
  skip?: readonly string[];
}

/** Milliseconds spent per stage, in execution order. */
export type StageMetrics = Array<{ name: StageName; ms: number }>;

/** Runs the stages over a context; stops after the first stage that reported errors. */
export function runStages(ctx: CompileContext, opts: RunOptions = {}): StageMetrics {
  const metrics: StageMetrics = [];
  for (const stage of STAGES) {
    if (opts.skip?.includes(stage.name)) continue;
    const start = performance.now();
    stage.run(ctx);
    metrics.push({ name: stage.name, ms: performance.now() - start });
    if (ctx.diagnostics.count > 0 || stage.name === opts.stopAfter) break;
  }
  return metrics;
}
