// JSON Schema validation (ajv) of the input shapes plangate relies on; the schemas ship in the package's schemas/
// folder, which sits two levels above this file both in src/inputs and in dist/inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics';
import { packagePath } from '../package-root';

/** The schemas kept in schemas/, by file name. */
export type InputSchemaName = 'terraform-plan' | 'terraform-state' | 'kubernetes-object' | 'input-document';

const SCHEMA_DIR = packagePath('schemas');
let ajv: Ajv | undefined;
const compiled = new Map<InputSchemaName, ValidateFunction>();

function loadSchema(name: InputSchemaName): object {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as object;
}

/** The compiled validator of one schema (all input schemas are registered so they can refer to each other). */
export function validatorFor(name: InputSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: false, strict: false });
      for (const n of ['terraform-plan', 'terraform-state', 'kubernetes-object', 'input-document'] as const) ajv.addSchema(loadSchema(n), n);
    }
    validate = ajv.getSchema(name)!;
    compiled.set(name, validate);
  }
  return validate;
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
