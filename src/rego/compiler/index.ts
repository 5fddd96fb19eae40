// Public surface of the Rego compiler passes: compile parsed modules into checked, rewritten modules
// plus the rule tree, and compile queries against such a program.
import type { Diagnostic } from '../../diagnostics';
import type { Body, Module } from '../ast/nodes';
import { newContext, type BuiltinLookup, type CompileOptions } from './context';
import type { RuleTreeNode } from './rule-tree';
import { runStages, type StageMetrics } from './stages';

export type { BuiltinLookup, CompileOptions } from './context';
export { STAGES, runStages } from './stages';
export type { StageName, StageMetrics } from './stages';
export type { RuleEntry, RuleTreeNode } from './rule-tree';
export { buildRuleTree, lookupNode, groupRoot, subtreeRules, elseChain, allNodes } from './rule-tree';
export { groupName, ruleDeps, bodyDeps, groupsForPrefix } from './dependencies';
export type { RuleDeps } from './dependencies';
export { isGeneratedVar } from './ast-util';

/** Modules after the compiler stages, ready for the planner. */
export interface CompiledProgram {
  modules: Module[];
  tree: RuleTreeNode;
  /** `data.pkg.f` → parameter count of every user function. */
  functionArity: ReadonlyMap<string, number>;
  builtins: BuiltinLookup;
  options: CompileOptions;
  /** Shared counter for generated names (queries compiled later continue it). */
  gen: { next: number };
}

/** A program plus what the stages reported. */
export interface CompileResult {
  program: CompiledProgram;
  diagnostics: Diagnostic[];
  metrics: StageMetrics;
}

/** Runs the compiler stages over parsed modules (sorted by file name, as OPA does). */
export function compileModules(modules: readonly Module[], opts: CompileOptions = {}): CompileResult {
  const sorted = [...modules].sort((a, b) => (a.loc.file < b.loc.file ? -1 : a.loc.file > b.loc.file ? 1 : 0));
  const ctx = newContext(sorted, opts);
  const metrics = runStages(ctx, opts);
  const program: CompiledProgram = {
    modules: ctx.modules,
    tree: ctx.tree,
    functionArity: ctx.functionArity,
    builtins: ctx.builtins,
    options: opts,
    gen: ctx.gen,
  };
  return { program, diagnostics: ctx.diagnostics.sorted(), metrics };
}

/** A compiled query: its body and, for each rewritten local, the name the user wrote. */
export interface CompiledQuery {
  body: Body;
  names: ReadonlyMap<string, string>;
  diagnostics: Diagnostic[];
}

/** Compiles a query body against a compiled program (the module stages are not re-run). */
export function compileQuery(program: CompiledProgram, body: Body): CompiledQuery {
  const ctx = newContext(program.modules, program.options, program.gen);
  ctx.queryOnly = true;
  ctx.tree = program.tree;
  for (const [k, v] of program.functionArity) ctx.functionArity.set(k, v);
  ctx.query = { body, names: new Map() };
  runStages(ctx, program.options);
  return { body: ctx.query.body, names: ctx.query.names, diagnostics: ctx.diagnostics.sorted() };
}
export { groupGraph } from './check-recursion';
