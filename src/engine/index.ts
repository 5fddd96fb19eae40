// Public surface of the policy engine.
export { check } from './check';
export type { CheckOptions, CheckOutcome } from './check';
export { runRegoTests } from './rego-tests';
export type { HostBuiltin } from './embedder-builtins';
export type { RegoTestOptions, TestCaseOutcome, TestOutcome } from './rego-tests';
export type { ConventionOptions } from './conventions';
export { listRules } from './list-rules';
export type { ListedRule } from './list-rules';
export { buildLibrary, loadLibrary, readLibraryDefaults, LIBRARY_BUILD_DIR, LIBRARY_SOURCE_DIR } from './library';
export type { BuiltinLibrary } from './library';
export type { PolicySet, LoadedRule } from './policy-set';
export { DEFAULT_LIMITS } from './worker-protocol';
export type { EvaluationLimits } from './worker-protocol';
export { inputDocumentSchemas, readSchemaSet } from './schemas';
export type { SchemaSet } from './schemas';
