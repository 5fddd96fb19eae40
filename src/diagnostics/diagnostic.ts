// The one error shape of plangate: every layer (parser, compiler, inputs, config, engine) reports
// problems as Diagnostics; they are plain data so reports and SARIF can carry them unchanged.
import { printable } from './printable';

/** Error classes: OPA's for the Rego layers, plangate's own for inputs, configuration and I/O. */
export type DiagnosticCode =
  | 'rego_parse_error'
  | 'rego_compile_error'
  | 'rego_unsafe_var_error'
  | 'rego_recursion_error'
  | 'rego_type_error'
  | 'eval_conflict_error'
  | 'eval_type_error'
  | 'eval_builtin_error'
  | 'eval_cancel_error'
  | 'input_error'
  | 'config_error'
  | 'usage_error'
  | 'policy_error'
  | 'io_error'
  | 'internal_error';

/** A position in a source file; line and column are 1-based. */
export interface Location {
  file: string;
  line?: number;
  col?: number;
  offset?: number;
  length?: number;
}

/** One problem found while reading, compiling or evaluating. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  message: string;
  location?: Location;
  /** JSON path (e.g. `/resource_changes/3/change`) for errors inside structured documents. */
  jsonPath?: string;
  hint?: string;
  related?: Location[];
}

/** Builds an error diagnostic; the common case everywhere. */
export function diagnostic(code: DiagnosticCode, message: string, location?: Location, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: 'error', message, ...(location ? { location } : {}), ...extra };
}

/** Thrown at API boundaries (compileRego, check, readInputs); carries every diagnostic found. */
export class PlangateError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'PlangateError';
    this.diagnostics = list;
  }

  /** The class of the first diagnostic, which decides the exit code. */
  get code(): DiagnosticCode {
    return this.diagnostics[0]?.code ?? 'internal_error';
  }
}

/**
 * `file:line:col: code: message`, the one-line form users see (column always printed when known). File names and
 * messages may come from a pull request: control characters are escaped so the line stays one line.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? formatLocation(d.location) + ': ' : '';
  const path = d.jsonPath ? ` (at ${printable(d.jsonPath)})` : '';
  return `${where}${d.code}: ${printable(d.message)}${path}`;
}

/** `file:line:col`, `file:line` or `file`, depending on what is known (the file name escaped). */
export function formatLocation(loc: Location): string {
  let s = printable(loc.file);
  if (loc.line !== undefined) {
    s += `:${loc.line}`;
    if (loc.col !== undefined) s += `:${loc.col}`;
  }
  return s;
}
