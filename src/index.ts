// The library API of plangate: re-exports only, no logic.
export { VERSION } from './version';
export { PlangateError, formatDiagnostic } from './diagnostics';
export type { Diagnostic, DiagnosticCode, Location } from './diagnostics';
export { compileRego, createHostImplementations } from './rego';
export type { CompileRegoOptions, CompileRegoResult, DeclaredBuiltinSignature, RegoModuleSource, TypeSpec, ValueKind } from './rego';
export { check, runRegoTests, listRules } from './engine';
export type { CheckOptions, CheckOutcome, HostBuiltin, TestCaseOutcome, TestOutcome, ListedRule } from './engine';
export { readInputs } from './inputs';
export type { InputDocument, ReadOptions, ReadResult, Resource } from './inputs';
export { loadConfig, loadWaiversFile } from './config';
export type { PlangateConfig, Waiver } from './config';
export { renderReport, writeReports, verifyReport, applyBaseline, mergeReports, readReport } from './report';
export type { ReportModel, Result, PolicyRecord, InputRecord } from './report';
