// Built-in errors: undefined (0) by default, as OPA evaluates; in strict mode (the policy was compiled with
// strictBuiltinErrors) they abort with OPA's wording, "<file>:<row>: eval_type_error: <name>: operand N must be
// <expected> but got <got>" or "... eval_builtin_error: <name>: <message>", which hosts classify by the token.

import { opa_abort, scratchWriteCString, scratchWriteLiteral, scratchWriteUint, SCRATCH_BASE, SCRATCH_SIZE } from "./env";
import {
  TYPE_ARRAY, TYPE_BOOLEAN, TYPE_NULL, TYPE_NUMBER, TYPE_OBJECT, TYPE_SET, TYPE_STRING, stringBytes, stringLength, valueType,
} from "./value";
import { numberIsInteger } from "./number";

let strictMode: bool = false;
// Location of the built-in call being evaluated (set by generated code in strict mode only): NUL-terminated file
// name address and row; 0 when unknown.
let callFile: usize = 0;
let callRow: u32 = 0;

/** Switches strict built-in errors on (1) or off (0); generated `eval` calls it when compiled strict. */
export function opa_strict_builtin_errors(on: i32): void {
  strictMode = on != 0;
}

/** Records the source location of the next built-in call (strict mode only), for error messages. */
export function opa_builtin_location(file: usize, row: i32): void {
  callFile = file;
  callRow = <u32>row;
}

/** Whether built-in errors abort (strict mode). */
export function strictBuiltinErrors(): bool {
  return strictMode;
}

/** Rego's name of a value's type as OPA's error messages spell it. */
export function typeNameOf(v: usize): string {
  switch (valueType(v)) {
    case TYPE_NULL: return "null";
    case TYPE_BOOLEAN: return "boolean";
    case TYPE_NUMBER: return "number";
    case TYPE_STRING: return "string";
    case TYPE_ARRAY: return "array";
    case TYPE_OBJECT: return "object";
    case TYPE_SET: return "set";
    default: return "undefined";
  }
}

function writePrefix(errorClass: string, name: string): usize {
  let at = SCRATCH_BASE;
  if (callFile != 0) {
    at = scratchWriteCString(at, callFile);
    at = scratchWriteLiteral(at, ":");
    at = scratchWriteUint(at, callRow);
    at = scratchWriteLiteral(at, ": ");
  }
  at = scratchWriteLiteral(at, errorClass);
  at = scratchWriteLiteral(at, ": ");
  at = scratchWriteLiteral(at, name);
  return scratchWriteLiteral(at, ": ");
}

// "eval_type_error: <name>: operand <n> must be ", the start of every operand type error.
function writeOperandMustBe(name: string, operand: u32): usize {
  const at = scratchWriteUint(scratchWriteLiteral(writePrefix("eval_type_error", name), "operand "), operand);
  return scratchWriteLiteral(at, " must be ");
}

function abortAt(end: usize): void {
  store<u8>(end, 0);
  opa_abort(SCRATCH_BASE);
  unreachable();
}

/**
 * Operand type error with the got-text spelled out ("floating-point number", "array containing number"): 0
 * normally; in strict mode aborts with "eval_type_error: <name>: operand <n> must be <expected> but got <got>".
 */
export function typeErrorText(name: string, operand: u32, expected: string, got: string): usize {
  if (!strictMode) return 0;
  let at = writeOperandMustBe(name, operand);
  at = scratchWriteLiteral(at, expected);
  at = scratchWriteLiteral(at, " but got ");
  abortAt(scratchWriteLiteral(at, got));
  return 0;
}

/** Operand type error naming the type of the value got; see typeErrorText. */
export function typeError(name: string, operand: u32, expected: string, got: usize): usize {
  return typeErrorText(name, operand, expected, typeNameOf(got));
}

/**
 * A collection operand holding an element of the wrong type, worded as OPA's element errors: "operand N must be
 * array of strings but got array containing number" (expected is the singular element type).
 */
export function elementTypeError(name: string, operand: u32, collection: usize, expected: string, elem: usize): usize {
  if (!strictMode) return 0;
  const kind = typeNameOf(collection);
  let at = writeOperandMustBe(name, operand);
  at = scratchWriteLiteral(at, kind);
  at = scratchWriteLiteral(at, " of ");
  at = scratchWriteLiteral(at, expected);
  at = scratchWriteLiteral(at, "s but got ");
  at = scratchWriteLiteral(at, kind);
  at = scratchWriteLiteral(at, " containing ");
  abortAt(scratchWriteLiteral(at, typeNameOf(elem)));
  return 0;
}

/** Type error with OPA's free wording after the name (e.g. "operand 1 non-string key found in pattern object"). */
export function typeErrorMessage(name: string, message: string): usize {
  if (!strictMode) return 0;
  abortAt(scratchWriteLiteral(writePrefix("eval_type_error", name), message));
  return 0;
}

/** Built-in failure: 0 normally; in strict mode aborts with "eval_builtin_error: <name>: <message>". */
export function builtinError(name: string, message: string): usize {
  if (!strictMode) return 0;
  abortAt(scratchWriteLiteral(writePrefix("eval_builtin_error", name), message));
  return 0;
}

/** As builtinError, with a value's text (a NUL-terminated address, e.g. from dumpJson) appended to the message. */
export function builtinErrorWith(name: string, message: string, cstring: usize): usize {
  if (!strictMode) return 0;
  abortAt(scratchWriteCString(scratchWriteLiteral(writePrefix("eval_builtin_error", name), message), cstring));
  return 0;
}

/** As builtinError, with a string value's bytes after the message, then `suffix` ("invalid CIDR address: " + input). */
export function builtinErrorString(name: string, message: string, str: usize, suffix: string = ""): usize {
  if (!strictMode) return 0;
  let at = scratchWriteLiteral(writePrefix("eval_builtin_error", name), message);
  const limit = SCRATCH_BASE + SCRATCH_SIZE - 1;
  const n = stringLength(str);
  for (let i: u32 = 0; i < n && at < limit; i++) store<u8>(at++, load<u8>(stringBytes(str) + i));
  abortAt(scratchWriteLiteral(at, suffix));
  return 0;
}

/** Whether `v` is a number, else reports "operand n must be number" (returns false). */
export function requireNumber(name: string, operand: u32, v: usize): bool {
  if (valueType(v) == TYPE_NUMBER) return true;
  typeError(name, operand, "number", v);
  return false;
}

/** Whether `v` is an integral number; else reports OPA's "must be integer number but got floating-point number". */
export function requireInteger(name: string, operand: u32, v: usize): bool {
  if (valueType(v) != TYPE_NUMBER) {
    typeError(name, operand, "number", v);
    return false;
  }
  if (numberIsInteger(v)) return true;
  typeErrorText(name, operand, "integer number", "floating-point number");
  return false;
}

/** Whether `v` has type `tag`; else reports "operand n must be <expected> but got <type>". */
export function requireType(name: string, operand: u32, v: usize, tag: u8, expected: string): bool {
  if (valueType(v) == tag) return true;
  typeError(name, operand, expected, v);
  return false;
}
