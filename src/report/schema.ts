// Validation of report.json against schemas/report.schema.json, shared by loading, merging and tests.
import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { packagePath } from '../package-root';

/** Where the schema ships: `schemas/` at the package root. */
export const REPORT_SCHEMA_PATH = packagePath('schemas', 'report.schema.json');

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as object;
    compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return compiled;
}

/** Schema problems of a parsed report.json, as diagnostics naming the file and JSON path; empty when valid. */
export function checkReportSchema(value: unknown, file: string): Diagnostic[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) =>
    diagnostic('input_error', `not a plangate report: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`, { file }, { jsonPath: e.instancePath || '/' }),
  );
}
