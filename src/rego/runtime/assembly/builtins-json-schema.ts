// json.verify_schema and json.match_schema: JSON Schema (draft 4-7 keywords) validation with gojsonschema's
// error records. Covered: type, $ref (local), allOf/anyOf/oneOf/not, if/then/else, const, enum, string length
// and pattern, numeric bounds and multipleOf, array items/additionalItems/size/uniqueness/contains, object
// required/properties/patternProperties/additionalProperties/size/dependencies/propertyNames, and "format"
// (builtins-json-schema-format.ts). Not covered: remote $refs; the score that picks the closest anyOf/oneOf
// alternative approximates gojsonschema's.

import { bufAscii, bufByte, bufBytes, bufInt, bufNew, bufStringValue, bufToString } from "./builtins-bytes";
import { addError, jsonArgument, keyword, resolveRef, schemaProblem, stringIs } from "./builtins-json-schema-check";
import { formatMatches } from "./builtins-json-schema-format";
import { runeCount } from "./builtins-strings-unicode";
import { isString, sortedElementsOf } from "./builtins-values";
import { valuesEqual } from "./compare";
import { decDiv, decIsInteger } from "./decimal";
import { dumpJson, dumpedLength } from "./json-dump";
import { compareNumbers, numberIsInteger, numberToDecimal } from "./number";
import { compileRegex, regexMatches } from "./regex/search";
import { entryKey, entryValue, objectGet, tableFind, tableFirst, tableLength, tableNext } from "./table";
import {
  arrayAppend, arrayGet, arrayLength, booleanValue, makeArray, makeBoolean, makeNull, makeNumberInt, makeStringLiteral,
  numberIntValue, numberRefLength, numberRefText, numberRepr, stringBytes, stringLength, valueType, NUMBER_INT,
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING,
} from "./value";

// The root schema of the current validation, for resolving "#..." references.
let rootSchema: usize = 0;
// gojsonschema's progress score: one point per node and keyword group validated; picks the closest alternative.
let score: i32 = 0;

// gojsonschema's name of a value's JSON type (integral numbers are "integer"; sets are arrays).
function typeName(v: usize): string {
  switch (valueType(v)) {
    case TYPE_NULL: return "null";
    case TYPE_BOOLEAN: return "boolean";
    case TYPE_NUMBER: return numberIsInteger(v) ? "integer" : "number";
    case TYPE_STRING: return "string";
    case TYPE_OBJECT: return "object";
    default: return "array";
  }
}

function typeMatches(name: usize, v: usize): bool {
  if (stringIs(name, typeName(v))) return true;
  return stringIs(name, "number") && valueType(v) == TYPE_NUMBER;
}

function writeNumber(out: usize, n: usize): void {
  if (valueType(n) != TYPE_NUMBER) return;
  if (numberRepr(n) == NUMBER_INT) bufInt(out, numberIntValue(n));
  else bufBytes(out, numberRefText(n), numberRefLength(n));
}

function writeJson(out: usize, v: usize): void {
  const text = dumpJson(v);
  bufBytes(out, text, dumpedLength);
}

// A description made of a literal, a number and a closing literal.
function describeNumber(before: string, n: usize, after: string): usize {
  const out = bufNew(64);
  bufAscii(out, before);
  writeNumber(out, n);
  bufAscii(out, after);
  return bufToString(out);
}

function describeString(before: string, s: usize, after: string): usize {
  const out = bufNew(64);
  bufAscii(out, before);
  bufStringValue(out, s);
  bufAscii(out, after);
  return bufToString(out);
}

// The context of a child: "(root).key" or "(root).3".
function childContext(context: usize, key: usize, index: i64): usize {
  const out = bufNew(stringLength(context) + 8);
  bufStringValue(out, context);
  bufByte(out, 46);
  if (key != 0) bufStringValue(out, key);
  else bufInt(out, index);
  return bufToString(out);
}

function fieldOf(context: usize): usize {
  const n = stringLength(context);
  const skip: u32 = n > 6 ? 7 : 0;
  const out = bufNew(n);
  bufBytes(out, stringBytes(context) + skip, n - skip);
  return bufToString(out);
}

// Whether `v` satisfies `schema` (errors are collected into a scratch list and dropped).
function isValid(schema: usize, v: usize, context: usize): bool {
  const scratch = makeArray(4);
  validate(schema, v, context, scratch);
  return arrayLength(scratch) == 0;
}

function appendAll(errors: usize, more: usize): void {
  for (let i: u32 = 0; i < arrayLength(more); i++) arrayAppend(errors, arrayGet(more, i));
}

// Validates `v` against `schema`, appending gojsonschema error records for every failed keyword.
function validate(schema: usize, v: usize, context: usize, errors: usize): void {
  if (valueType(schema) == TYPE_BOOLEAN) {
    if (!booleanValue(schema)) addError(errors, "false", context, makeStringLiteral("False always fails validation"));
    return;
  }
  if (valueType(schema) != TYPE_OBJECT) return;
  const ref = keyword(schema, "$ref");
  if (ref != 0 && isString(ref)) {
    const target = resolveRef(rootSchema, ref);
    if (target != 0) validate(target, v, context, errors);
    return;
  }
  if (!checkType(schema, v, context, errors)) return;
  checkCombinators(schema, v, context, errors);
  checkValues(schema, v, context, errors);
  const t = valueType(v);
  if (t == TYPE_STRING) checkString(schema, v, context, errors);
  else if (t == TYPE_NUMBER) checkNumber(schema, v, context, errors);
  else if (t == TYPE_ARRAY || t == TYPE_SET) checkArray(schema, t == TYPE_SET ? sortedElementsOf(v) : v, context, errors);
  else if (t == TYPE_OBJECT) checkObject(schema, v, context, errors);
  score += 4;
}

function checkType(schema: usize, v: usize, context: usize, errors: usize): bool {
  const types = keyword(schema, "type");
  if (types == 0) return true;
  let ok = false;
  const expected = bufNew(32);
  if (valueType(types) == TYPE_ARRAY) {
    bufByte(expected, 91);
    for (let i: u32 = 0; i < arrayLength(types); i++) {
      if (typeMatches(arrayGet(types, i), v)) ok = true;
      if (i > 0) bufByte(expected, 44);
      bufStringValue(expected, arrayGet(types, i));
    }
    bufByte(expected, 93);
  } else {
    ok = typeMatches(types, v);
    bufStringValue(expected, types);
  }
  if (ok) return true;
  const desc = bufNew(64);
  bufAscii(desc, "Invalid type. Expected: ");
  bufStringValue(desc, bufToString(expected));
  bufAscii(desc, ", given: ");
  bufAscii(desc, typeName(v));
  addError(errors, "invalid_type", context, bufToString(desc));
  return false;
}

function checkCombinators(schema: usize, v: usize, context: usize, errors: usize): void {
  const allOf = keyword(schema, "allOf");
  if (allOf != 0 && valueType(allOf) == TYPE_ARRAY) {
    let failed = false;
    for (let i: u32 = 0; i < arrayLength(allOf); i++) {
      const sub = makeArray(4);
      validate(arrayGet(allOf, i), v, context, sub);
      if (arrayLength(sub) > 0) failed = true;
      appendAll(errors, sub);
    }
    if (failed) addError(errors, "number_all_of", context, makeStringLiteral("Must validate all the schemas (allOf)"));
  }
  const anyOf = keyword(schema, "anyOf");
  if (anyOf != 0 && valueType(anyOf) == TYPE_ARRAY) checkAlternatives(anyOf, v, context, errors, true);
  const oneOf = keyword(schema, "oneOf");
  if (oneOf != 0 && valueType(oneOf) == TYPE_ARRAY) checkAlternatives(oneOf, v, context, errors, false);
  const not = keyword(schema, "not");
  if (not != 0 && isValid(not, v, context)) {
    addError(errors, "number_not", context, makeStringLiteral("Must not validate the schema (not)"));
  }
  const condition = keyword(schema, "if");
  if (condition == 0) return;
  const holds = isValid(condition, v, context);
  const branch = keyword(schema, holds ? "then" : "else");
  if (branch == 0) return;
  const sub = makeArray(4);
  validate(branch, v, context, sub);
  if (arrayLength(sub) == 0) return;
  addError(errors, holds ? "condition_then" : "condition_else", context,
    makeStringLiteral(holds ? "Must validate \"then\" as \"if\" was valid" : "Must validate \"else\" as \"if\" was not valid"));
  appendAll(errors, sub);
}

// anyOf (stops at the first match) or oneOf (exactly one must match). On failure with no match, gojsonschema
// adds the errors of the closest alternative: the one whose validation got furthest (highest score).
function checkAlternatives(schemas: usize, v: usize, context: usize, errors: usize, any: bool): void {
  let matches = 0;
  let best: usize = 0;
  let bestScore: i32 = -1;
  for (let i: u32 = 0; i < arrayLength(schemas); i++) {
    const sub = makeArray(4);
    const before = score;
    validate(arrayGet(schemas, i), v, context, sub);
    const gained = score - before;
    score = before;
    if (arrayLength(sub) == 0) {
      matches++;
      if (any) break;
    } else if (matches == 0 && gained > bestScore) {
      best = sub;
      bestScore = gained;
    }
  }
  if (any ? matches > 0 : matches == 1) return;
  addError(errors, any ? "number_any_of" : "number_one_of", context,
    makeStringLiteral(any ? "Must validate at least one schema (anyOf)" : "Must validate one and only one schema (oneOf)"));
  if (matches == 0 && best != 0) {
    appendAll(errors, best);
    score += bestScore;
  }
}

function checkValues(schema: usize, v: usize, context: usize, errors: usize): void {
  const constant = keyword(schema, "const");
  if (constant != 0 && !valuesEqual(constant, v)) {
    const desc = bufNew(64);
    bufStringValue(desc, fieldOf(context));
    bufAscii(desc, " does not match: ");
    writeJson(desc, constant);
    addError(errors, "const", context, bufToString(desc));
  }
  const allowed = keyword(schema, "enum");
  if (allowed == 0 || valueType(allowed) != TYPE_ARRAY) return;
  for (let i: u32 = 0; i < arrayLength(allowed); i++) if (valuesEqual(arrayGet(allowed, i), v)) return;
  const desc = bufNew(64);
  bufStringValue(desc, fieldOf(context));
  bufAscii(desc, " must be one of the following: ");
  for (let i: u32 = 0; i < arrayLength(allowed); i++) {
    if (i > 0) bufAscii(desc, ", ");
    writeJson(desc, arrayGet(allowed, i));
  }
  addError(errors, "enum", context, bufToString(desc));
}

@inline function isNumber(v: usize): bool {
  return v != 0 && valueType(v) == TYPE_NUMBER;
}

function checkString(schema: usize, s: usize, context: usize, errors: usize): void {
  const length = <i64>runeCount(stringBytes(s), stringLength(s));
  const min = keyword(schema, "minLength");
  if (isNumber(min) && compareCount(length, min) < 0) {
    addError(errors, "string_gte", context, describeNumber("String length must be greater than or equal to ", min, ""));
  }
  const max = keyword(schema, "maxLength");
  if (isNumber(max) && compareCount(length, max) > 0) {
    addError(errors, "string_lte", context, describeNumber("String length must be less than or equal to ", max, ""));
  }
  const pattern = keyword(schema, "pattern");
  if (pattern != 0 && isString(pattern) && !patternMatches(pattern, s)) {
    addError(errors, "pattern", context, describeString("Does not match pattern '", pattern, "'"));
  }
  const format = keyword(schema, "format");
  if (format != 0 && !formatMatches(format, s)) {
    addError(errors, "format", context, describeString("Does not match format '", format, "'"));
  }
}

// Compares a count with a number keyword value.
function compareCount(count: i64, n: usize): i32 {
  return compareNumbers(makeNumberInt(count), n);
}

function patternMatches(pattern: usize, s: usize): bool {
  const prog = compileRegex(stringBytes(pattern), <i32>stringLength(pattern));
  if (changetype<usize>(prog) == 0) return true;
  return regexMatches(prog, stringBytes(s), <i32>stringLength(s));
}

function checkNumber(schema: usize, n: usize, context: usize, errors: usize): void {
  const multiple = keyword(schema, "multipleOf");
  if (isNumber(multiple)) {
    const a = numberToDecimal(n);
    const b = numberToDecimal(multiple);
    const q = a !== null && b !== null ? decDiv(a, b) : null;
    if (q !== null && !decIsInteger(q)) {
      addError(errors, "multiple_of", context, describeNumber("Must be a multiple of ", multiple, ""));
    }
  }
  const min = keyword(schema, "minimum");
  const exclusiveMin = keyword(schema, "exclusiveMinimum");
  const minStrict = exclusiveMin != 0 && valueType(exclusiveMin) == TYPE_BOOLEAN && booleanValue(exclusiveMin);
  if (isNumber(min)) {
    const c = compareNumbers(n, min);
    if (minStrict ? c <= 0 : c < 0) {
      addError(errors, minStrict ? "number_gt" : "number_gte", context,
        describeNumber(minStrict ? "Must be greater than " : "Must be greater than or equal to ", min, ""));
    }
  }
  if (isNumber(exclusiveMin) && compareNumbers(n, exclusiveMin) <= 0) {
    addError(errors, "number_gt", context, describeNumber("Must be greater than ", exclusiveMin, ""));
  }
  const max = keyword(schema, "maximum");
  const exclusiveMax = keyword(schema, "exclusiveMaximum");
  const maxStrict = exclusiveMax != 0 && valueType(exclusiveMax) == TYPE_BOOLEAN && booleanValue(exclusiveMax);
  if (isNumber(max)) {
    const c = compareNumbers(n, max);
    if (maxStrict ? c >= 0 : c > 0) {
      addError(errors, maxStrict ? "number_lt" : "number_lte", context,
        describeNumber(maxStrict ? "Must be less than " : "Must be less than or equal to ", max, ""));
    }
  }
  if (isNumber(exclusiveMax) && compareNumbers(n, exclusiveMax) >= 0) {
    addError(errors, "number_lt", context, describeNumber("Must be less than ", exclusiveMax, ""));
  }
}

function checkArray(schema: usize, arr: usize, context: usize, errors: usize): void {
  const n = <i64>arrayLength(arr);
  const min = keyword(schema, "minItems");
  if (isNumber(min) && compareCount(n, min) < 0) {
    addError(errors, "array_min_items", context, describeNumber("Array must have at least ", min, " items"));
  }
  const max = keyword(schema, "maxItems");
  if (isNumber(max) && compareCount(n, max) > 0) {
    addError(errors, "array_max_items", context, describeNumber("Array must have at most ", max, " items"));
  }
  const unique = keyword(schema, "uniqueItems");
  if (unique != 0 && valueType(unique) == TYPE_BOOLEAN && booleanValue(unique)) checkUnique(arr, context, errors);
  const items = keyword(schema, "items");
  let positional: u32 = 0;
  if (items != 0 && valueType(items) == TYPE_ARRAY) {
    positional = arrayLength(items) < arrayLength(arr) ? arrayLength(items) : arrayLength(arr);
    for (let i: u32 = 0; i < positional; i++) validate(arrayGet(items, i), arrayGet(arr, i), childContext(context, 0, i), errors);
    const extra = keyword(schema, "additionalItems");
    if (extra != 0 && arrayLength(arr) > arrayLength(items)) {
      if (valueType(extra) == TYPE_BOOLEAN && !booleanValue(extra)) {
        addError(errors, "array_no_additional_items", context, makeStringLiteral("No additional items allowed on array"));
      } else {
        for (let i = positional; i < arrayLength(arr); i++) validate(extra, arrayGet(arr, i), childContext(context, 0, i), errors);
      }
    }
  } else if (items != 0) {
    for (let i: u32 = 0; i < arrayLength(arr); i++) validate(items, arrayGet(arr, i), childContext(context, 0, i), errors);
  }
  const contains = keyword(schema, "contains");
  if (contains == 0) return;
  for (let i: u32 = 0; i < arrayLength(arr); i++) if (isValid(contains, arrayGet(arr, i), context)) return;
  addError(errors, "contains", context, makeStringLiteral("At least one of the items must match"));
}

function checkUnique(arr: usize, context: usize, errors: usize): void {
  for (let i: u32 = 0; i < arrayLength(arr); i++) {
    for (let j = i + 1; j < arrayLength(arr); j++) {
      if (!valuesEqual(arrayGet(arr, i), arrayGet(arr, j))) continue;
      const desc = bufNew(32);
      bufAscii(desc, "array items[");
      bufInt(desc, i);
      bufByte(desc, 44);
      bufInt(desc, j);
      bufAscii(desc, "] must be unique");
      addError(errors, "unique", context, bufToString(desc));
      return;
    }
  }
}

// Whether a property name is matched by "properties" or any "patternProperties" pattern.
function declared(schema: usize, key: usize): bool {
  const props = keyword(schema, "properties");
  if (props != 0 && valueType(props) == TYPE_OBJECT && tableFind(props, key) != 0) return true;
  const patterns = keyword(schema, "patternProperties");
  if (patterns == 0 || valueType(patterns) != TYPE_OBJECT) return false;
  for (let e = tableFirst(patterns); e != 0; e = tableNext(patterns, e)) {
    if (isString(entryKey(e)) && patternMatches(entryKey(e), key)) return true;
  }
  return false;
}

function checkObject(schema: usize, obj: usize, context: usize, errors: usize): void {
  const n = <i64>tableLength(obj);
  const max = keyword(schema, "maxProperties");
  if (isNumber(max) && compareCount(n, max) > 0) {
    addError(errors, "array_max_properties", context, describeNumber("Must have at most ", max, " properties"));
  }
  const min = keyword(schema, "minProperties");
  if (isNumber(min) && compareCount(n, min) < 0) {
    addError(errors, "array_min_properties", context, describeNumber("Must have at least ", min, " properties"));
  }
  const required = keyword(schema, "required");
  if (required != 0 && valueType(required) == TYPE_ARRAY) {
    for (let i: u32 = 0; i < arrayLength(required); i++) {
      const name = arrayGet(required, i);
      if (objectGet(obj, name) == 0) addError(errors, "required", context, describeString("", name, " is required"));
    }
  }
  checkProperties(schema, obj, context, errors);
  checkDependencies(schema, obj, context, errors);
}

function checkProperties(schema: usize, obj: usize, context: usize, errors: usize): void {
  const props = keyword(schema, "properties");
  const patterns = keyword(schema, "patternProperties");
  const additional = keyword(schema, "additionalProperties");
  const names = keyword(schema, "propertyNames");
  for (let e = tableFirst(obj); e != 0; e = tableNext(obj, e)) {
    const key = entryKey(e);
    if (!isString(key)) continue;
    const child = childContext(context, key, 0);
    const own = props != 0 && valueType(props) == TYPE_OBJECT ? objectGet(props, key) : 0;
    if (own != 0) validate(own, entryValue(e), child, errors);
    if (patterns != 0 && valueType(patterns) == TYPE_OBJECT) {
      for (let p = tableFirst(patterns); p != 0; p = tableNext(patterns, p)) {
        if (isString(entryKey(p)) && patternMatches(entryKey(p), key)) validate(entryValue(p), entryValue(e), child, errors);
      }
    }
    if (additional != 0 && !declared(schema, key)) {
      if (valueType(additional) == TYPE_BOOLEAN && !booleanValue(additional)) {
        addError(errors, "additional_property_not_allowed", context, describeString("Additional property ", key, " is not allowed"));
      } else {
        validate(additional, entryValue(e), child, errors);
      }
    }
    if (names != 0 && !isValid(names, key, context)) {
      addError(errors, "invalid_property_name", context, describeString("Property name of \"", key, "\" does not match"));
    }
  }
}

function checkDependencies(schema: usize, obj: usize, context: usize, errors: usize): void {
  const deps = keyword(schema, "dependencies");
  if (deps == 0 || valueType(deps) != TYPE_OBJECT) return;
  for (let e = tableFirst(deps); e != 0; e = tableNext(deps, e)) {
    if (objectGet(obj, entryKey(e)) == 0) continue;
    const dep = entryValue(e);
    if (valueType(dep) != TYPE_ARRAY) {
      validate(dep, obj, context, errors);
      continue;
    }
    for (let i: u32 = 0; i < arrayLength(dep); i++) {
      if (objectGet(obj, arrayGet(dep, i)) == 0) {
        addError(errors, "missing_dependency", context, describeString("Has a dependency on ", arrayGet(dep, i), ""));
      }
    }
  }
}

function pair(first: usize, second: usize): usize {
  const out = makeArray(2);
  arrayAppend(out, first);
  arrayAppend(out, second);
  return out;
}

export function builtin_json__verify_schema(schema: usize): usize {
  const parsed = jsonArgument(schema);
  const problem = parsed == 0 ? makeStringLiteral("schema is not valid JSON") : schemaProblem(parsed);
  if (problem == 0) return pair(makeBoolean(true), makeNull());
  const message = bufNew(128);
  bufAscii(message, "jsonschema: ");
  bufStringValue(message, problem);
  return pair(makeBoolean(false), bufToString(message));
}

export function builtin_json__match_schema(document: usize, schema: usize): usize {
  const doc = jsonArgument(document);
  const parsed = jsonArgument(schema);
  if (doc == 0 || parsed == 0 || schemaProblem(parsed) != 0) return 0;
  rootSchema = parsed;
  score = 0;
  const errors = makeArray(4);
  validate(parsed, doc, makeStringLiteral("(root)"), errors);
  return pair(makeBoolean(arrayLength(errors) == 0), errors);
}
