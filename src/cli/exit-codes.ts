// The contract's exit codes, and the mapping from diagnostic classes to them. Only cli/ and action/ use these.
import type { DiagnosticCode } from '../diagnostics';

/** Exit codes of `plangate check` (docs/CONTRACT.md). */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  input: 3,
  policy: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const CODE_TO_EXIT: Record<DiagnosticCode, ExitCode> = {
  usage_error: EXIT.usage,
  config_error: EXIT.usage,
  input_error: EXIT.input,
  io_error: EXIT.input,
  rego_parse_error: EXIT.policy,
  rego_compile_error: EXIT.policy,
  rego_unsafe_var_error: EXIT.policy,
  rego_recursion_error: EXIT.policy,
  rego_type_error: EXIT.policy,
  eval_conflict_error: EXIT.policy,
  eval_type_error: EXIT.policy,
  eval_builtin_error: EXIT.policy,
  eval_cancel_error: EXIT.policy,
  policy_error: EXIT.policy,
  internal_error: EXIT.policy,
};

/** The exit code a diagnostic class maps to. */
export function exitCodeFor(code: DiagnosticCode): ExitCode {
  return CODE_TO_EXIT[code];
}
