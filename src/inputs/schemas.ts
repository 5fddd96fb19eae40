// JSON Schema validation of the input shapes plangate relies on (schemas/terraform-plan.schema.json, ...).
import type { ErrorObject } from 'ajv';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics';
import { validatorOf, type SchemaValidator } from '../schema-validators';

/** The schemas kept in schemas/, by file name. */
export type InputSchemaName = 'terraform-plan' | 'terraform-state' | 'kubernetes-object' | 'input-document';

/** The validator of one input schema. */
export function validatorFor(name: InputSchemaName): SchemaValidator {
  return validatorOf(name);
}

/** Validates `value`; each schema violation becomes an input_error naming the file and the JSON path. */
export function checkSchema(name: InputSchemaName, value: unknown, location: Location, jsonPathPrefix = ''): Diagnostic[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => {
    const path = jsonPathPrefix + e.instancePath;
    const where = path === '' ? 'the document' : path;
    return diagnostic('input_error', `${where} ${e.message ?? 'is invalid'} (${name} schema)`, location, { jsonPath: path || '/' });
  });
}
