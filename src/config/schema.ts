// Loads the JSON Schemas shipped in schemas/ and turns ajv's errors into configuration diagnostics.
import type { ErrorObject } from 'ajv';
import { validatorOf } from '../schema-validators';

/** Checks plangate.yaml against schemas/config.schema.json; every problem found. */
export function validateConfigShape(value: unknown): ErrorObject[] {
  const validate = validatorOf('config');
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** A configuration problem in terms a user reads: the key path, whether it points at a key, and the reason. */
export interface ShapeProblem {
  segments: string[];
  atKey: boolean;
  message: string;
}

/** Explains one ajv error: which key and what is wrong with it. */
export function describeSchemaError(error: ErrorObject): ShapeProblem {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { segments: [...segments, String(params.additionalProperty)], atKey: true, message: `unknown key "${String(params.additionalProperty)}"` };
    case 'required':
      return { segments, atKey: false, message: `missing required key "${String(params.missingProperty)}"` };
    case 'enum':
      return { segments, atKey: false, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'pattern':
      return { segments, atKey: false, message: segments.at(-1) === 'expires' ? 'must be a date YYYY-MM-DD' : `must match ${String(params.pattern)}` };
    default:
      return { segments, atKey: false, message: error.message ?? error.keyword };
  }
}

/** `a.b[0].c` from path segments, for messages. */
export function formatKeyPath(segments: string[]): string {
  return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}
