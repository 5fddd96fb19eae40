// Public surface of the diagnostics layer; every other layer imports from here.
export { diagnostic, formatDiagnostic, formatLocation, PlangateError } from './diagnostic';
export type { Diagnostic, DiagnosticCode, Location } from './diagnostic';
export { SourceFile } from './source-file';
export { printable, printableLines } from './printable';
export { errorText } from './error-text';
