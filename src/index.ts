// The library API of plangate: re-exports only, no logic.
export { VERSION } from './version';
export { PlangateError, formatDiagnostic } from './diagnostics';
export type { Diagnostic, DiagnosticCode, Location } from './diagnostics';
export { compileRego, createHostImplementations } from './rego';
export type {
  Annotations, CompileRegoOptions, CompileRegoResult, DeclaredBuiltinSignature, RegoModuleSource, RegoVersion, TypeSpec, ValueKind,
} from './rego';
export type { AnnotationScope, AuthorAnnotation, RelatedResource } from './rego/ast/nodes';
export type { HostImplementations } from './rego';
// The plain function behind a host built-in (the engine's HostBuiltin adds its declared signature).
export type { HostEnvironment, HostBuiltin as HostBuiltinFunction } from './rego/builtins/host-implementations';
export type { TypeNotation } from './rego/builtins/types';
export { check, runRegoTests, listRules } from './engine';
export type { CheckOptions, CheckOutcome, ConventionOptions, EvaluationLimits, HostBuiltin, RegoTestOptions, TestCaseOutcome, TestOutcome, ListedRule } from './engine';
export { readInputs } from './inputs';
export type {
  ChangeSummary, DocumentInput, InputDocument, InputFile, InputType, JsonObject, PodView, ProviderView, ReadOptions,
  ReadResult, Resource, ResourceAction,
} from './inputs';
export { loadConfig, loadWaiversFile } from './config';
export type { EnforcementLevel, LoadedConfig, PlangateConfig, Waiver } from './config';
export { renderReport, writeReports, verifyReport, applyBaseline, mergeReports, readReport } from './report';
export type {
  BaselineInfo, BaselineMark, ComplianceRow, ControlRef, Enforcement, InputRecord, KeyInput, MergeInfo, MergeOptions,
  Override, PolicyRecord, Problem, RenderOptions, Renderer, ReportDigest, ReportModel, ReportSignature, ResourceRef,
  Result, ResultStatus, RunInfo, StaleWaiver, StatusCounts, Summary, ToolInfo, Verdict, VerifyOptions, VerifyOutcome,
  WriteOptions,
} from './report';
// The waiver as a report records it (config's Waiver is the one plangate.yaml declares).
export type { Waiver as ReportWaiver } from './report';
