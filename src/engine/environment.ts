// The run's environment (--env / `environment:`) must be one the parameters configure: `--env prod` where the
// prefixes name dev/int/prd would judge nothing as production and pass, so it is a usage error instead.
import { diagnostic, PlangateError } from '../diagnostics';

/** The environments the merged parameters configure (the keys of `environment_prefixes`), or undefined when none. */
export function configuredEnvironments(params: Record<string, unknown>): string[] | undefined {
  const prefixes = params.environment_prefixes;
  if (prefixes === null || typeof prefixes !== 'object' || Array.isArray(prefixes)) return undefined;
  return Object.keys(prefixes);
}

/** Throws a usage_error when `environment` is given and is not among the configured environments. */
export function checkEnvironment(environment: string | undefined, params: Record<string, unknown>): void {
  const known = configuredEnvironments(params);
  if (environment === undefined || known === undefined || known.includes(environment)) return;
  throw new PlangateError(diagnostic('usage_error', `environment "${environment}" is not one of the configured environments (${known.join(', ') || 'none'}, the keys of the environment_prefixes parameter)`));
}
