// The JSON Schema validators of the schemas shipped in schemas/. Compiling a schema with ajv costs ~100 ms of
// start-up, so the build precompiles each one into build/validators/ (scripts/build-validators.mjs); a precompiled
// validator is used only while it matches the schema file byte for byte, and ajv compiles it otherwise (sources run
// under ts-jest, a schema edited since the last build).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ErrorObject, Options } from 'ajv';
import { packagePath } from './package-root';

/** A validation function as ajv makes it: true when valid, else `errors` holds why. */
export interface SchemaValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** How one validator is compiled: which schema, with which ajv options, and which schemas it may refer to. */
export interface ValidatorSpec {
  schema: string;
  options: Options;
  /** Schemas registered beside it, so `$ref` by name resolves (the input schemas refer to each other). */
  group: readonly string[];
}

const INPUT_SCHEMAS = ['terraform-plan', 'terraform-state', 'kubernetes-object', 'input-document'] as const;

/** Every validator plangate uses, by name; the build precompiles each entry. */
export const VALIDATORS: Readonly<Record<string, ValidatorSpec>> = {
  config: { schema: 'config', options: { allErrors: true, strict: false }, group: [] },
  report: { schema: 'report', options: { allErrors: true, strict: false }, group: [] },
  ...Object.fromEntries(INPUT_SCHEMAS.map((name) => [name, { schema: name, options: { allErrors: false, strict: false }, group: INPUT_SCHEMAS }])),
};

/** The schema file of a validator. */
export function schemaPath(schema: string): string {
  return packagePath('schemas', `${schema}.schema.json`);
}

/** The digest a precompiled validator records: of every schema file it was compiled from. */
export function schemaDigest(spec: ValidatorSpec): string {
  const hash = createHash('sha256');
  for (const name of [spec.schema, ...spec.group]) hash.update(name).update(readFileSync(schemaPath(name)));
  return hash.digest('hex');
}

/** The path of a validator's precompiled module. */
export function precompiledPath(name: string): string {
  return packagePath('build', 'validators', `${name}.js`);
}

/** The schema parsed, for ajv. */
function loadSchema(schema: string): object {
  return JSON.parse(readFileSync(schemaPath(schema), 'utf8')) as object;
}

/** A fresh ajv instance holding the spec's schema (and its group), ready to compile or to generate code from. */
export function ajvFor(spec: ValidatorSpec, extra: Options = {}): { ajv: import('ajv').default; id: string } {
  // ajv is loaded only when a validator has to be compiled: precompiled validators do not need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = (require('ajv') as { default: typeof import('ajv').default }).default;
  const ajv = new Ajv({ ...spec.options, ...extra });
  const names = spec.group.length > 0 ? spec.group : [spec.schema];
  for (const name of names) ajv.addSchema(loadSchema(name), name);
  return { ajv, id: spec.schema };
}

function precompiled(name: string, spec: ValidatorSpec): SchemaValidator | undefined {
  const path = precompiledPath(name);
  if (!existsSync(path)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(path) as { digest?: string; validate?: SchemaValidator };
  return loaded.digest === schemaDigest(spec) ? loaded.validate : undefined;
}

const cache = new Map<string, SchemaValidator>();

/** The validator of one entry of VALIDATORS, precompiled when the build made it, else compiled now. */
export function validatorOf(name: keyof typeof VALIDATORS & string): SchemaValidator {
  let validate = cache.get(name);
  if (!validate) {
    const spec = VALIDATORS[name];
    if (!spec) throw new Error(`no validator named ${name}`);
    validate = precompiled(name, spec) ?? (ajvFor(spec).ajv.getSchema(spec.schema) as SchemaValidator);
    cache.set(name, validate);
  }
  return validate;
}
