// json.verify_schema and json.match_schema through build/runtime.wasm: OPA's conformance cases
// (builtins/jsonschema) and gojsonschema's messages for the other supported keywords.
import { Row, testRows } from './builtins-support';

const V = 'builtin_json__verify_schema';
const M = 'builtin_json__match_schema';
const ID_SCHEMA = '{"properties": {"id": {"type": "integer"}}, "required": ["id"]}';
const BAD_TYPE = '"jsonschema: has a primitive type that is NOT VALID -- given: /unknown_type/ Expected valid values are:[array boolean integer number null object string]"';

/** The single-error result of match_schema for an error at `field` ("(root)" at the top). */
function failure(type: string, field: string, desc: string): string {
  return JSON.stringify([false, [{ desc, error: `${field}: ${desc}`, field, type }]]);
}

// A string document is JSON text (as in OPA), so a string value to validate is written as a JSON string literal.
const ROWS: Row[] = [
  [V, ['"{\\"type\\": \\"boolean\\"}"'], '[true, null]'],
  [V, ['{"type": "boolean"}'], '[true, null]'],
  [V, ['"{\\"type\\": \\"unknown_type\\"}"'], `[false, ${BAD_TYPE}]`],
  [V, ['{"type": "unknown_type"}'], `[false, ${BAD_TYPE}]`],
  [V, ['{"properties": {"a": {"type": ["string", "nope"]}}}'], '[false, "jsonschema: has a primitive type that is NOT VALID -- given: /nope/ Expected valid values are:[array boolean integer number null object string]"]'],
  [M, ['{"id": 5}', ID_SCHEMA], '[true, []]'],
  [M, ['"{\\"id\\": 5}"', ID_SCHEMA], '[true, []]'],
  [M, ['{"id": 5}', JSON.stringify(JSON.stringify({ properties: { id: { type: 'integer' } }, required: ['id'] }))], '[true, []]'],
  [M, ['{"id": "foo"}', ID_SCHEMA], failure('invalid_type', 'id', 'Invalid type. Expected: integer, given: string')],
  [M, ['{"id": "foo"}', '{"properties": {"id": {"type": "unknown"}}, "required": ["id"]}'], 'undefined'],
  [M, ['{}', ID_SCHEMA], failure('required', '(root)', 'id is required')],
  [M, ['{"id": 1.5}', ID_SCHEMA], failure('invalid_type', 'id', 'Invalid type. Expected: integer, given: number')],
  [M, ['{"a": [1, "x"]}', '{"properties": {"a": {"items": {"type": "number"}}}}'], failure('invalid_type', 'a.1', 'Invalid type. Expected: number, given: string')],
  [M, ['null', '{"type": ["string", "number"]}'], failure('invalid_type', '(root)', 'Invalid type. Expected: [string,number], given: null')],
  [M, ['"\\"ab\\""', '{"minLength": 3}'], failure('string_gte', '(root)', 'String length must be greater than or equal to 3')],
  [M, ['"\\"åäö\\""', '{"maxLength": 3}'], '[true, []]'],
  [M, ['"\\"abc\\""', '{"pattern": "^a[0-9]+$"}'], failure('pattern', '(root)', "Does not match pattern '^a[0-9]+$'")],
  [M, ['"\\"a12\\""', '{"pattern": "^a[0-9]+$"}'], '[true, []]'],
  [M, ['4', '{"minimum": 5}'], failure('number_gte', '(root)', 'Must be greater than or equal to 5')],
  [M, ['5', '{"exclusiveMinimum": 5}'], failure('number_gt', '(root)', 'Must be greater than 5')],
  [M, ['6', '{"maximum": 5}'], failure('number_lte', '(root)', 'Must be less than or equal to 5')],
  [M, ['7', '{"multipleOf": 2}'], failure('multiple_of', '(root)', 'Must be a multiple of 2')],
  [M, ['[1, 1]', '{"uniqueItems": true}'], failure('unique', '(root)', 'array items[0,1] must be unique')],
  [M, ['[]', '{"minItems": 1}'], failure('array_min_items', '(root)', 'Array must have at least 1 items')],
  [M, ['[1, 2, 3]', '{"items": [{"type": "integer"}], "additionalItems": false}'], failure('array_no_additional_items', '(root)', 'No additional items allowed on array')],
  [M, ['[1, 2]', '{"contains": {"type": "string"}}'], failure('contains', '(root)', 'At least one of the items must match')],
  [M, ['{"a": 1, "b": 2}', '{"properties": {"a": {}}, "additionalProperties": false}'], failure('additional_property_not_allowed', '(root)', 'Additional property b is not allowed')],
  [M, ['{"a": 1, "x1": "s"}', '{"properties": {"a": {}}, "patternProperties": {"^x": {"type": "string"}}, "additionalProperties": false}'], '[true, []]'],
  [M, ['{"a": 1}', '{"maxProperties": 0}'], failure('array_max_properties', '(root)', 'Must have at most 0 properties')],
  [M, ['"\\"c\\""', '{"enum": ["a", "b"]}'], failure('enum', '(root)', '(root) must be one of the following: "a", "b"')],
  [M, ['{"k": 2}', '{"properties": {"k": {"const": 1}}}'], failure('const', 'k', 'k does not match: 1')],
  [M, ['3', '{"anyOf": [{"type": "string"}, {"minimum": 5}]}'], JSON.stringify([false, [
    { desc: 'Must validate at least one schema (anyOf)', error: '(root): Must validate at least one schema (anyOf)', field: '(root)', type: 'number_any_of' },
    { desc: 'Must be greater than or equal to 5', error: '(root): Must be greater than or equal to 5', field: '(root)', type: 'number_gte' },
  ]])],
  [M, ['7', '{"oneOf": [{"minimum": 5}, {"minimum": 6}]}'], failure('number_one_of', '(root)', 'Must validate one and only one schema (oneOf)')],
  // A failed anyOf/oneOf also reports the errors of the alternative that got furthest, as gojsonschema does.
  [M, ['{}', '{"anyOf": [{"type": "string"}, {"type": "object", "required": ["a"]}]}'], JSON.stringify([false, [
    { desc: 'Must validate at least one schema (anyOf)', error: '(root): Must validate at least one schema (anyOf)', field: '(root)', type: 'number_any_of' },
    { desc: 'a is required', error: '(root): a is required', field: '(root)', type: 'required' },
  ]])],
  [M, ['1', '{"not": {"type": "integer"}}'], failure('number_not', '(root)', 'Must not validate the schema (not)')],
  [M, ['{"a": 1}', '{"dependencies": {"a": ["b"]}}'], failure('missing_dependency', '(root)', 'Has a dependency on b')],
  [M, ['{"x": "s"}', '{"definitions": {"n": {"type": "number"}}, "properties": {"x": {"$ref": "#/definitions/n"}}}'], failure('invalid_type', 'x', 'Invalid type. Expected: number, given: string')],
  [M, ['1', 'false'], failure('false', '(root)', 'False always fails validation')],
  [M, ['"\\"2024-02-29T10:20:30.5Z\\""', '{"format": "date-time"}'], '[true, []]'],
  [M, ['"\\"2024-13-01T10:20:30Z\\""', '{"format": "date-time"}'], failure('format', '(root)', "Does not match format 'date-time'")],
  [M, ['"\\"2024-01-31\\""', '{"format": "date"}'], '[true, []]'],
  [M, ['"\\"10:20\\""', '{"format": "time"}'], failure('format', '(root)', "Does not match format 'time'")],
  [M, ['"\\"ops@example.com\\""', '{"format": "email"}'], '[true, []]'],
  [M, ['"\\"ops example.com\\""', '{"format": "email"}'], failure('format', '(root)', "Does not match format 'email'")],
  [M, ['"\\"db-1.internal.example\\""', '{"format": "hostname"}'], '[true, []]'],
  [M, ['"\\"-bad-.example\\""', '{"format": "hostname"}'], failure('format', '(root)', "Does not match format 'hostname'")],
  [M, ['"\\"10.0.0.1\\""', '{"format": "ipv4"}'], '[true, []]'],
  [M, ['"\\"10.0.0.256\\""', '{"format": "ipv4"}'], failure('format', '(root)', "Does not match format 'ipv4'")],
  [M, ['"\\"2001:db8::1\\""', '{"format": "ipv6"}'], '[true, []]'],
  [M, ['"\\"10.0.0.1\\""', '{"format": "ipv6"}'], failure('format', '(root)', "Does not match format 'ipv6'")],
  [M, ['"\\"https://example.com/x\\""', '{"format": "uri"}'], '[true, []]'],
  [M, ['"\\"/relative\\""', '{"format": "uri"}'], failure('format', '(root)', "Does not match format 'uri'")],
  [M, ['"\\"123e4567-e89b-12d3-a456-426614174000\\""', '{"format": "uuid"}'], '[true, []]'],
  [M, ['"\\"a(b\\""', '{"format": "regex"}'], failure('format', '(root)', "Does not match format 'regex'")],
  [M, ['"\\"anything\\""', '{"format": "made-up"}'], '[true, []]'],
  [M, ['1', 'true'], '[true, []]'],
  [M, ['"{"', '{}'], 'undefined'],
];

testRows('JSON schema built-ins', ROWS);
