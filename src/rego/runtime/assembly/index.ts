// Entry point of the runtime module (build/runtime.wasm): every export of this file becomes a Wasm export.
// It re-exports the ABI and runtime functions and each built-in family file; built-in files export only their
// `builtin_*` functions (helpers stay unexported), because everything re-exported here is exported from Wasm.

/** ABI major version read by @open-policy-agent/opa-wasm. */
export const opa_wasm_abi_version: i32 = 1;
/** ABI minor version (OPA emits 3; 2+ selects the SDK's fast path). */
export const opa_wasm_abi_minor_version: i32 = 3;

export * from "./abi";
export {
  opa_eval_ctx_new, opa_eval_ctx_set_input, opa_eval_ctx_set_data, opa_eval_ctx_set_entrypoint,
  opa_eval_ctx_get_result, opa_memoize_init, opa_memoize_push, opa_memoize_pop, opa_memoize_insert,
  opa_memoize_get, opa_runtime_error, opa_abort_str, opa_builtin_call, opa_print_string, opa_value_add_path,
  opa_value_remove_path,
} from "./eval-support";
export { opa_strict_builtin_errors, opa_builtin_location } from "./errors";

// Built-in families (one line per file; other families add their own line here).
export * from "./builtins-numbers";
export * from "./builtins-comparison";
export * from "./builtins-types";
export * from "./builtins-aggregates";
export * from "./builtins-bits";
export * from "./builtins-sets";
export * from "./builtins-regex";
export * from "./builtins-strings";
export * from "./builtins-sprintf";
export * from "./builtins-encoding";
export * from "./builtins-semver";
export * from "./builtins-arrays";
export * from "./builtins-objects";
export * from "./builtins-glob";
export * from "./builtins-units";
export * from "./builtins-net";
export * from "./builtins-crypto";
export * from "./builtins-json";
export * from "./builtins-json-edit";
export * from "./builtins-time";
export * from "./builtins-graph";
export * from "./builtins-uri";
export * from "./builtins-json-schema";
export * from "./builtins-uuid";
export * from "./builtins-regex-globs";
export * from "./builtins-deprecated";
