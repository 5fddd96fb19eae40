// The library API of plangate: re-exports only, no logic.
export { VERSION } from './version';
export { PlangateError, formatDiagnostic } from './diagnostics';
export type { Diagnostic, DiagnosticCode, Location } from './diagnostics';
