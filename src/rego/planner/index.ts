// Public surface of the planner: lowers a compiled program (plus entrypoints and an optional query) to
// the IR Policy the Wasm back end consumes.
import { PlangateError } from '../../diagnostics';
import type { Body } from '../ast/nodes';
import { compileQuery, type CompiledProgram } from '../compiler';
import type { Policy } from '../ir/types';
import { planEntrypoint, planNamedQuery } from './queries';
import { PolicyBuilder } from './state';

/** What to plan. */
export interface PlanOptions {
  /** Entrypoints as slash paths (`pkg/rule`), planned first in this order. */
  entrypoints: readonly string[];
  /** An arbitrary query (parsed body), planned last under the name "query". */
  query?: Body;
}

/** Name of the plan built for `PlanOptions.query`. */
export const QUERY_PLAN_NAME = 'query';

/** Plans a compiled program; throws PlangateError if the query does not compile. */
export function planPolicy(program: CompiledProgram, opts: PlanOptions): Policy {
  const policy = new PolicyBuilder(program);
  for (const ep of opts.entrypoints) policy.plans.push(planEntrypoint(policy, ep));
  if (opts.query) {
    const compiled = compileQuery(program, opts.query);
    if (compiled.diagnostics.length > 0) throw new PlangateError(compiled.diagnostics);
    policy.plans.push(planNamedQuery(policy, QUERY_PLAN_NAME, compiled.body, compiled.names));
  }
  const builtinFuncs = [...policy.builtins.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { static: { strings: policy.strings, builtinFuncs, files: policy.files }, plans: policy.plans, funcs: policy.funcs };
}
