// The contract between generated code and the prebuilt runtime module (src/rego/runtime): every runtime
// function the code generator calls, with its Wasm signature. A test checks runtime.wasm exports each of them
// with exactly this type. Values are i32 addresses of runtime values; 0 means "undefined".

/** Wasm value types used across the boundary. */
export type WasmType = 'i32' | 'i64';

/** Signature of one runtime export. */
export interface RuntimeFunction {
  params: WasmType[];
  results: WasmType[];
  doc: string;
}

/** Runtime functions the code generator may call, by export name. */
export const RUNTIME_FUNCTIONS = {
  // Allocation and the heap (also ABI exports called by @open-policy-agent/opa-wasm).
  opa_malloc: { params: ['i32'], results: ['i32'], doc: 'allocate n bytes; grows memory; aborts "opa_malloc: failed"' },
  opa_heap_ptr_get: { params: [], results: ['i32'], doc: 'current heap top' },
  opa_heap_ptr_set: { params: ['i32'], results: [], doc: 'drop every allocation at or above the address' },
  opa_runtime_init: { params: ['i32'], results: [], doc: 'called once from the module start function with the heap base (end of all static data, 8-aligned)' },

  // JSON and Rego-literal text.
  opa_json_parse: { params: ['i32', 'i32'], results: ['i32'], doc: 'parse the first JSON value in [addr, addr+len); 0 if empty/malformed' },
  opa_value_parse: { params: ['i32', 'i32'], results: ['i32'], doc: 'as opa_json_parse, also accepting Rego set literals' },
  opa_json_dump: { params: ['i32'], results: ['i32'], doc: 'NUL-terminated JSON text of a value (sets as arrays)' },
  opa_value_dump: { params: ['i32'], results: ['i32'], doc: 'NUL-terminated Rego literal text of a value' },

  // Constructors.
  opa_null: { params: [], results: ['i32'], doc: 'new null' },
  opa_boolean: { params: ['i32'], results: ['i32'], doc: 'new boolean (0/1)' },
  opa_number_int: { params: ['i64'], results: ['i32'], doc: 'new integer number' },
  opa_number_ref: { params: ['i32', 'i32'], results: ['i32'], doc: 'new number from decimal text bytes (exact)' },
  opa_string: { params: ['i32', 'i32'], results: ['i32'], doc: 'new string value referring to UTF-8 bytes (not copied)' },
  opa_array_with_cap: { params: ['i32'], results: ['i32'], doc: 'new empty array with capacity' },
  opa_object: { params: [], results: ['i32'], doc: 'new empty object' },
  opa_set: { params: [], results: ['i32'], doc: 'new empty set' },

  // Access and mutation.
  opa_value_type: { params: ['i32'], results: ['i32'], doc: 'type tag: 1 null, 2 boolean, 3 number, 4 string, 5 array, 6 object, 7 set (interned kinds reported as their base type)' },
  opa_value_get: { params: ['i32', 'i32'], results: ['i32'], doc: 'collection[key] or 0' },
  opa_value_iter: { params: ['i32', 'i32'], results: ['i32'], doc: 'next key after the given one (0 = first); 0 when done. Arrays: index numbers; sets: the elements' },
  opa_scan_value: { params: ['i32', 'i32'], results: ['i32'], doc: 'ScanStmt: the value at position i in iteration order (array element, object value, set element); 0 past the end or for scalars' },
  opa_scan_key: { params: ['i32', 'i32'], results: ['i32'], doc: 'ScanStmt: the key at position i (array index number, object key, set element); 0 past the end' },
  opa_value_length: { params: ['i32'], results: ['i32'], doc: 'elements of a collection, bytes of a string' },
  opa_value_compare: { params: ['i32', 'i32'], results: ['i32'], doc: 'Rego total order: <0, 0, >0' },
  opa_value_shallow_copy: { params: ['i32'], results: ['i32'], doc: 'copy of an object/array/set sharing its elements' },
  opa_value_merge: { params: ['i32', 'i32'], results: ['i32'], doc: 'deep merge of two objects (ObjectMergeStmt); non-objects: the first' },
  opa_value_number_set_int: { params: ['i32', 'i64'], results: [], doc: 'overwrite a number value in place with an integer (AssignIntStmt)' },
  opa_array_append: { params: ['i32', 'i32'], results: [], doc: 'append to an array' },
  opa_set_add: { params: ['i32', 'i32'], results: [], doc: 'add to a set (no duplicates)' },
  opa_object_insert: { params: ['i32', 'i32', 'i32'], results: [], doc: 'object[key] = value, overwriting' },
  opa_value_add_path: { params: ['i32', 'i32', 'i32'], results: ['i32'], doc: 'ABI: set value at path (array of strings), creating objects; error code' },
  opa_value_remove_path: { params: ['i32', 'i32'], results: ['i32'], doc: 'ABI: remove the value at path; error code' },

  // Evaluation support.
  opa_eval_ctx_new: { params: [], results: ['i32'], doc: 'new 16-byte context: +0 input, +4 data, +8 result, +12 entrypoint' },
  opa_memoize_init: { params: [], results: [], doc: 'reset the memo stack (start of eval)' },
  opa_memoize_push: { params: [], results: [], doc: 'new memo frame (entering a with scope)' },
  opa_memoize_pop: { params: [], results: [], doc: 'drop the top memo frame' },
  opa_memoize_insert: { params: ['i32', 'i32'], results: [], doc: 'memo[func index] = value in the top frame' },
  opa_memoize_get: { params: ['i32'], results: ['i32'], doc: 'memo[func index] in the top frame, or 0' },
  opa_runtime_error: { params: ['i32', 'i32', 'i32', 'i32'], results: [], doc: 'abort with "file:row:col: msg" (file and msg: NUL-terminated ASCII addresses)' },
  opa_abort_str: { params: ['i32'], results: [], doc: 'abort with a NUL-terminated message' },
  opa_strict_builtin_errors: { params: ['i32'], results: [], doc: 'strict built-in errors on (1) / off (0): built-in errors abort with "eval_type_error: ..." / "eval_builtin_error: ..." instead of being undefined' },
  opa_builtin_location: { params: ['i32', 'i32'], results: [], doc: 'strict mode: file (NUL-terminated) and row of the built-in call about to run, prefixed to its error message' },
} as const satisfies Record<string, RuntimeFunction>;

export type RuntimeFunctionName = keyof typeof RUNTIME_FUNCTIONS;

/**
 * Memory layout of the two value kinds the code generator writes into its data segment (interned constants).
 * Every other value is built by runtime calls. Offsets in bytes, little-endian.
 */
export const STATIC_VALUE_LAYOUT = {
  /** Boolean: u8 tag 2 at +0, u8 value (0/1) at +4; 8 bytes. */
  boolean: { tag: 2, size: 8, valueOffset: 4 },
  /** String: u8 tag 4 at +0, u32 byte length at +4, u32 address of the UTF-8 bytes at +8, u32 hash cache at +12 (written 0, filled by the runtime); 16 bytes. */
  string: { tag: 4, size: 16, lengthOffset: 4, bytesOffset: 8 },
} as const;

/** Host imports of every module (module "env"); @open-policy-agent/opa-wasm provides exactly these. */
export const HOST_IMPORTS = ['memory', 'opa_abort', 'opa_println', 'opa_builtin0', 'opa_builtin1', 'opa_builtin2', 'opa_builtin3', 'opa_builtin4'] as const;
