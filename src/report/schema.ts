// Validation of report.json against schemas/report.schema.json, shared by loading, merging and tests.
import { diagnostic, type Diagnostic } from '../diagnostics';
import { schemaPath, validatorOf } from '../schema-validators';

/** Where the schema ships: `schemas/` at the package root. */
export const REPORT_SCHEMA_PATH = schemaPath('report');

/** Schema problems of a parsed report.json, as diagnostics naming the file and JSON path; empty when valid. */
export function checkReportSchema(value: unknown, file: string): Diagnostic[] {
  const validate = validatorOf('report');
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) =>
    diagnostic('input_error', `not a plangate report: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`, { file }, { jsonPath: e.instancePath || '/' }),
  );
}
