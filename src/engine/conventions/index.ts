// The table of policy conventions plangate runs, in the order they claim packages: plangate's own METADATA rules
// first, then conftest's namespaces, then Gatekeeper's templates and constraints (from YAML beside the Rego).
import { conftestRules } from './conftest';
import { gatekeeperRules, readGatekeeperObjects } from './gatekeeper';
import { plangateRules } from './plangate';
import type { PolicyConvention } from './types';

export const POLICY_CONVENTIONS: readonly PolicyConvention[] = [
  { name: 'plangate', find: plangateRules },
  { name: 'conftest', find: conftestRules },
  { name: 'gatekeeper', find: (ctx) => gatekeeperRules(readGatekeeperObjects(ctx.policyPaths, ctx.cwd)) },
];

export { unusedPackages } from './unused-packages';
export { addDocumentResources, evaluationInput, sharedEvaluationInput, withoutJudgedDocuments } from './inputs';
export type { ConventionName, ConventionOptions, ParsedSource } from './types';
