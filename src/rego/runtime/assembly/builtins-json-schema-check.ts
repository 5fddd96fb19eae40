// Schema-side helpers of the JSON-schema built-ins (not a family file, not re-exported): parsing a schema or
// document argument, verifying a schema's "type" keywords as gojsonschema does, resolving local $refs and
// formatting gojsonschema's error records {desc, error, field, type}.

import { bufAscii, bufBytes, bufNew, bufStringValue, bufToString } from "./builtins-bytes";
import { validJson } from "./builtins-json-syntax";
import { isString } from "./builtins-values";
import { parseJson } from "./json-parse";
import { entryKey, entryValue, makeObject, objectGet, objectInsert, tableFirst, tableNext } from "./table";
import {
  arrayAppend, arrayGet, arrayLength, makeStringLiteral, stringBytes, stringLength, valueType, TYPE_ARRAY,
  TYPE_BOOLEAN, TYPE_OBJECT, TYPE_STRING,
} from "./value";

/** A schema or document argument: JSON text is parsed, other values are used as they are; 0 if unparsable. */
export function jsonArgument(v: usize): usize {
  if (!isString(v)) return v;
  if (!validJson(stringBytes(v), stringLength(v))) return 0;
  return parseJson(stringBytes(v), stringLength(v));
}

/** Whether string value `s` equals the ASCII literal `text`. */
export function stringIs(s: usize, text: string): bool {
  if (s == 0 || valueType(s) != TYPE_STRING || stringLength(s) != <u32>text.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (<u32>load<u8>(stringBytes(s) + i) != <u32>text.charCodeAt(i)) return false;
  }
  return true;
}

/** The schema keyword `name` of an object schema, or 0. */
export function keyword(schema: usize, name: string): usize {
  for (let e = tableFirst(schema); e != 0; e = tableNext(schema, e)) {
    if (stringIs(entryKey(e), name)) return entryValue(e);
  }
  return 0;
}

function isPrimitiveName(s: usize): bool {
  return stringIs(s, "array") || stringIs(s, "boolean") || stringIs(s, "integer") || stringIs(s, "number") ||
    stringIs(s, "null") || stringIs(s, "object") || stringIs(s, "string");
}

// The offending "type" value of a schema tree, or 0 when every "type" names JSON-schema primitives.
function invalidType(schema: usize): usize {
  const t = valueType(schema);
  if (t == TYPE_ARRAY) {
    for (let i: u32 = 0; i < arrayLength(schema); i++) {
      const bad = invalidType(arrayGet(schema, i));
      if (bad != 0) return bad;
    }
    return 0;
  }
  if (t != TYPE_OBJECT) return 0;
  for (let e = tableFirst(schema); e != 0; e = tableNext(schema, e)) {
    const v = entryValue(e);
    if (stringIs(entryKey(e), "type")) {
      if (isString(v) && !isPrimitiveName(v)) return v;
      if (valueType(v) == TYPE_ARRAY) {
        for (let i: u32 = 0; i < arrayLength(v); i++) if (!isPrimitiveName(arrayGet(v, i))) return arrayGet(v, i);
      }
      continue;
    }
    // Keyword values that are not schemas cannot hold "type" keywords.
    if (stringIs(entryKey(e), "enum") || stringIs(entryKey(e), "const") || stringIs(entryKey(e), "required")) continue;
    const bad = invalidType(v);
    if (bad != 0) return bad;
  }
  return 0;
}

/** gojsonschema's message for an invalid schema (without a prefix), or 0 when the schema is acceptable. */
export function schemaProblem(schema: usize): usize {
  const t = valueType(schema);
  if (t != TYPE_OBJECT && t != TYPE_BOOLEAN) return makeStringLiteral("schema must be an object or a boolean");
  const bad = invalidType(schema);
  if (bad == 0) return 0;
  const out = bufNew(128);
  bufAscii(out, "has a primitive type that is NOT VALID -- given: /");
  if (isString(bad)) bufStringValue(out, bad);
  bufAscii(out, "/ Expected valid values are:[array boolean integer number null object string]");
  return bufToString(out);
}

/** The schema a local reference ("#", "#/definitions/x", "#/$defs/x/...") points to inside `root`, or 0. */
export function resolveRef(root: usize, ref: usize): usize {
  const p = stringBytes(ref);
  const n = stringLength(ref);
  if (n == 0 || load<u8>(p) != 35) return 0;
  let node = root;
  let i: u32 = 1;
  while (i < n && node != 0) {
    if (load<u8>(p + i) != 47) return 0;
    let j = i + 1;
    while (j < n && load<u8>(p + j) != 47) j++;
    const seg = bufNew(j - i);
    for (let k = i + 1; k < j; k++) {
      const c = load<u8>(p + k);
      const next: u32 = k + 1 < j ? load<u8>(p + k + 1) : 0;
      if (c == 126 && (next == 48 || next == 49)) {
        bufAscii(seg, next == 48 ? "~" : "/");
        k++;
      } else {
        bufBytes(seg, p + k, 1);
      }
    }
    node = valueType(node) == TYPE_OBJECT ? objectGet(node, bufToString(seg)) : 0;
    i = j;
  }
  return node;
}

/** Appends gojsonschema's error record for a failed keyword at `context` ("(root)", "(root).a.0", ...). */
export function addError(errors: usize, kind: string, context: usize, desc: usize): void {
  const root = "(root)";
  const cn = stringLength(context);
  // The field is the context without its "(root)." prefix; the root itself stays "(root)".
  const skip: u32 = cn > <u32>root.length ? <u32>root.length + 1 : 0;
  const field = bufNew(cn);
  bufBytes(field, stringBytes(context) + skip, cn - skip);
  const fieldValue = bufToString(field);
  const error = bufNew(cn + stringLength(desc) + 2);
  bufStringValue(error, fieldValue);
  bufAscii(error, ": ");
  bufStringValue(error, desc);
  const record = makeObject();
  objectInsert(record, makeStringLiteral("desc"), desc);
  objectInsert(record, makeStringLiteral("error"), bufToString(error));
  objectInsert(record, makeStringLiteral("field"), fieldValue);
  objectInsert(record, makeStringLiteral("type"), makeStringLiteral(kind));
  arrayAppend(errors, record);
}
