// Evaluation support exported to generated code and the SDK: the evaluation context, the memo stack, runtime
// errors, and the data-path edits of the ABI (opa_value_add_path / opa_value_remove_path).

import { malloc, mallocZeroed } from "./alloc";
import {
  SCRATCH_BASE, abortWith, opa_abort, opa_builtin0, opa_builtin1, opa_builtin2, opa_builtin3, opa_builtin4, opa_println,
  scratchWriteCString, scratchWriteLiteral, scratchWriteUint,
} from "./env";
import { TYPE_ARRAY, TYPE_OBJECT, TYPE_STRING, arrayGet, arrayLength, stringBytes, stringLength, valueType } from "./value";
import { makeObject, objectGet, objectInsert, tableRemove } from "./table";

/** ABI: a new evaluation context: +0 input, +4 data, +8 result set, +12 entrypoint id. */
export function opa_eval_ctx_new(): usize {
  return mallocZeroed(16);
}

/** ABI: sets the input value (0 = undefined). */
export function opa_eval_ctx_set_input(ctx: usize, v: usize): void {
  store<u32>(ctx, <u32>v);
}

/** ABI: sets the data value. */
export function opa_eval_ctx_set_data(ctx: usize, v: usize): void {
  store<u32>(ctx, <u32>v, 4);
}

/** ABI: sets the entrypoint id. */
export function opa_eval_ctx_set_entrypoint(ctx: usize, id: i32): void {
  store<i32>(ctx, id, 12);
}

/** ABI: the result set written by eval. */
export function opa_eval_ctx_get_result(ctx: usize): usize {
  return <usize>load<u32>(ctx, 8);
}

// Memo stack: frames {prev, capacity, slots} indexed directly by function index; 0 = no frame yet.
let memoTop: usize = 0;

/** Forgets the memo stack (the heap under it may have been reset). */
export function memoForget(): void {
  memoTop = 0;
}

function newMemoFrame(prev: usize): usize {
  const frame = malloc(12);
  store<u32>(frame, <u32>prev);
  store<u32>(frame, 16, 4);
  store<u32>(frame, <u32>mallocZeroed(64), 8);
  return frame;
}

/** Resets the memo stack to one empty frame (start of eval). */
export function opa_memoize_init(): void {
  memoTop = newMemoFrame(0);
}

/** Pushes an empty memo frame (entering a `with` scope). */
export function opa_memoize_push(): void {
  memoTop = newMemoFrame(memoTop);
}

/** Pops the top memo frame. */
export function opa_memoize_pop(): void {
  if (memoTop != 0) memoTop = <usize>load<u32>(memoTop);
}

/** memo[index] = value in the top frame. */
export function opa_memoize_insert(index: u32, value: usize): void {
  if (memoTop == 0) opa_memoize_init();
  let capacity = load<u32>(memoTop, 4);
  if (index >= capacity) {
    let grown = capacity * 2;
    while (index >= grown) grown *= 2;
    const slots = mallocZeroed(<usize>grown << 2);
    memory.copy(slots, <usize>load<u32>(memoTop, 8), <usize>capacity << 2);
    store<u32>(memoTop, grown, 4);
    store<u32>(memoTop, <u32>slots, 8);
    capacity = grown;
  }
  store<u32>(<usize>load<u32>(memoTop, 8) + (<usize>index << 2), <u32>value);
}

/** memo[index] in the top frame, or 0. */
export function opa_memoize_get(index: u32): usize {
  if (memoTop == 0 || index >= load<u32>(memoTop, 4)) return 0;
  return <usize>load<u32>(<usize>load<u32>(memoTop, 8) + (<usize>index << 2));
}

/** Aborts with "file:row:col: msg" (file and msg are NUL-terminated ASCII addresses). */
export function opa_runtime_error(file: usize, row: u32, col: u32, msg: usize): void {
  let at = scratchWriteCString(SCRATCH_BASE, file);
  at = scratchWriteLiteral(at, ":");
  at = scratchWriteUint(at, row);
  at = scratchWriteLiteral(at, ":");
  at = scratchWriteUint(at, col);
  at = scratchWriteLiteral(at, ": ");
  at = scratchWriteCString(at, msg);
  store<u8>(at, 0);
  opa_abort(SCRATCH_BASE);
  unreachable();
}

/** Aborts with a NUL-terminated message. */
export function opa_abort_str(msg: usize): void {
  opa_abort(msg);
  unreachable();
}

/** Calls a host built-in through opa_builtin<arity> (arity 0-4; further arguments are ignored). */
export function opa_builtin_call(id: i32, arity: i32, a: i32, b: i32, c: i32, d: i32): i32 {
  switch (arity) {
    case 0: return opa_builtin0(id, 0);
    case 1: return opa_builtin1(id, 0, a);
    case 2: return opa_builtin2(id, 0, a, b);
    case 3: return opa_builtin3(id, 0, a, b, c);
    case 4: return opa_builtin4(id, 0, a, b, c, d);
    default: abortWith("internal: too many built-in call arguments");
  }
  return 0;
}

/** Prints a string value through the host's opa_println (print() support). */
export function opa_print_string(v: usize): void {
  if (valueType(v) != TYPE_STRING) return;
  const n = stringLength(v);
  const text = malloc(<usize>n + 1);
  memory.copy(text, stringBytes(v), n);
  store<u8>(text + n, 0);
  opa_println(text);
}

const ERR_OK: i32 = 0;
const ERR_INVALID_TYPE: i32 = 2;
const ERR_INVALID_PATH: i32 = 3;

// A valid path is a non-empty array whose keys before the last are strings (OPA's _validate_json_path).
function validPath(path: usize): bool {
  if (path == 0 || valueType(path) != TYPE_ARRAY) return false;
  const n = arrayLength(path);
  if (n == 0) return false;
  for (let i: u32 = 0; i + 1 < n; i++) if (valueType(arrayGet(path, i)) != TYPE_STRING) return false;
  return true;
}

/** ABI: sets `value` at `path` (array of keys) under `base`, creating objects on the way; an error code. */
export function opa_value_add_path(base: usize, path: usize, value: usize): i32 {
  if (!validPath(path)) return ERR_INVALID_PATH;
  const n = arrayLength(path);
  let cur = base;
  for (let i: u32 = 0; i + 1 < n; i++) {
    if (valueType(cur) != TYPE_OBJECT) return ERR_INVALID_TYPE;
    const key = arrayGet(path, i);
    let next = objectGet(cur, key);
    if (next == 0) {
      next = makeObject();
      objectInsert(cur, key, next);
    }
    cur = next;
  }
  if (valueType(cur) != TYPE_OBJECT) return ERR_INVALID_TYPE;
  objectInsert(cur, arrayGet(path, n - 1), value);
  return ERR_OK;
}

/** ABI: removes the value at `path` under `base`; a path that does not exist counts as removed (as in OPA). */
export function opa_value_remove_path(base: usize, path: usize): i32 {
  if (!validPath(path)) return ERR_INVALID_PATH;
  const n = arrayLength(path);
  let cur = base;
  for (let i: u32 = 0; i + 1 < n; i++) {
    cur = valueType(cur) == TYPE_OBJECT ? objectGet(cur, arrayGet(path, i)) : 0;
    if (cur == 0) return ERR_OK;
  }
  if (valueType(cur) != TYPE_OBJECT) return ERR_INVALID_TYPE;
  tableRemove(cur, arrayGet(path, n - 1));
  return ERR_OK;
}
