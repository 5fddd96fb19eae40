// The planner's intermediate representation, in the spirit of OPA's plan IR (v1/ir/ir.go): blocks of
// statements over numbered locals. The planner produces it, the Wasm back end consumes it; it imports neither.
//
// Semantics shared by every statement: a statement that is "undefined" (a failed comparison, a missing
// key, a call returning undefined) ends the enclosing block early (Wasm `br 0`); the next block runs.
// Local 0 holds `input`, local 1 holds `data`. Value 0 in a local means "undefined".

/** A numbered local variable holding a value address (0 = undefined). */
export type Local = number;

/** Local holding the input document. */
export const INPUT_LOCAL: Local = 0;
/** Local holding the data document. */
export const DATA_LOCAL: Local = 1;

/** A statement operand: a local, an interned string constant (index into `static.strings`) or a boolean. */
export type Operand =
  | { kind: 'local'; value: Local }
  | { kind: 'string'; value: number }
  | { kind: 'bool'; value: boolean };

/** Source position of a statement: index into `static.files`, 1-based row and column. */
export interface IrLocation {
  file: number;
  row: number;
  col: number;
}

interface StmtBase {
  loc?: IrLocation;
}

/** Return `source` from the current function. */
export interface ReturnLocalStmt extends StmtBase { kind: 'ReturnLocalStmt'; source: Local }
/** Call a plan function (by name) or a built-in (by Rego name); an undefined result fails the block. */
export interface CallStmt extends StmtBase { kind: 'CallStmt'; func: string; args: Operand[]; result: Local }
/**
 * Call a rule function chosen at run time by a data path (elements: string constants or locals).
 * `args` are passed as (input, data). Path not found: the statement is undefined (the planner adds the base-data lookup).
 */
export interface CallDynamicStmt extends StmtBase { kind: 'CallDynamicStmt'; args: Local[]; result: Local; path: Operand[] }
/** Run nested blocks in order; each is a scope for `BreakStmt`. */
export interface BlockStmt extends StmtBase { kind: 'BlockStmt'; blocks: Block[] }
/** Jump to the end of the enclosing block `index` levels out (0 = the current block). */
export interface BreakStmt extends StmtBase { kind: 'BreakStmt'; index: number }
/** `target = source[key]`; undefined when the key is missing or the source is not a collection. */
export interface DotStmt extends StmtBase { kind: 'DotStmt'; source: Operand; key: Operand; target: Local }
/** `target` = number of elements (arrays, objects, sets) or of bytes (strings). */
export interface LenStmt extends StmtBase { kind: 'LenStmt'; source: Operand; target: Local }
/** Run `block` once per element of `source` with `key`/`value` bound; zero times for a scalar. */
export interface ScanStmt extends StmtBase { kind: 'ScanStmt'; source: Local; key: Local; value: Local; block: Block }
/** Succeeds iff `block` does not run to completion. */
export interface NotStmt extends StmtBase { kind: 'NotStmt'; block: Block }
/** Overwrite `target` with a fresh integer number. */
export interface AssignIntStmt extends StmtBase { kind: 'AssignIntStmt'; value: number; target: Local }
/** `target = source`. */
export interface AssignVarStmt extends StmtBase { kind: 'AssignVarStmt'; source: Operand; target: Local }
/**
 * `target = source` unless target is already defined with a different value: then a run-time conflict error
 * (`conflict` is the message; OPA's wording, e.g. "complete rules must not produce multiple outputs").
 */
export interface AssignVarOnceStmt extends StmtBase { kind: 'AssignVarOnceStmt'; source: Operand; target: Local; conflict?: string }
/** `target = undefined`. */
export interface ResetLocalStmt extends StmtBase { kind: 'ResetLocalStmt'; target: Local }
export interface MakeNullStmt extends StmtBase { kind: 'MakeNullStmt'; target: Local }
export interface MakeNumberIntStmt extends StmtBase { kind: 'MakeNumberIntStmt'; value: number; target: Local }
/** A number from its decimal source text (`static.strings[index]`), kept exact. */
export interface MakeNumberRefStmt extends StmtBase { kind: 'MakeNumberRefStmt'; index: number; target: Local }
export interface MakeArrayStmt extends StmtBase { kind: 'MakeArrayStmt'; capacity: number; target: Local }
export interface MakeObjectStmt extends StmtBase { kind: 'MakeObjectStmt'; target: Local }
export interface MakeSetStmt extends StmtBase { kind: 'MakeSetStmt'; target: Local }
/** Fails unless a == b (Rego equality: 1 == 1.0, sets and objects unordered). */
export interface EqualStmt extends StmtBase { kind: 'EqualStmt'; a: Operand; b: Operand }
/** Fails if a == b. */
export interface NotEqualStmt extends StmtBase { kind: 'NotEqualStmt'; a: Operand; b: Operand }
export interface IsArrayStmt extends StmtBase { kind: 'IsArrayStmt'; source: Operand }
export interface IsObjectStmt extends StmtBase { kind: 'IsObjectStmt'; source: Operand }
export interface IsSetStmt extends StmtBase { kind: 'IsSetStmt'; source: Operand }
export interface IsDefinedStmt extends StmtBase { kind: 'IsDefinedStmt'; source: Local }
export interface IsUndefinedStmt extends StmtBase { kind: 'IsUndefinedStmt'; source: Local }
export interface ArrayAppendStmt extends StmtBase { kind: 'ArrayAppendStmt'; value: Operand; array: Local }
export interface SetAddStmt extends StmtBase { kind: 'SetAddStmt'; value: Operand; set: Local }
/** Insert or overwrite `object[key] = value`. */
export interface ObjectInsertStmt extends StmtBase { kind: 'ObjectInsertStmt'; key: Operand; value: Operand; object: Local }
/** Insert; a different existing value under the key is a run-time conflict error (`conflict` is the message). */
export interface ObjectInsertOnceStmt extends StmtBase { kind: 'ObjectInsertOnceStmt'; key: Operand; value: Operand; object: Local; conflict?: string }
/** Deep merge of two objects into `target` (keys in both merge recursively; for non-objects `a` wins). */
export interface ObjectMergeStmt extends StmtBase { kind: 'ObjectMergeStmt'; a: Local; b: Local; target: Local }
/**
 * Run `block` with `local` (input or data) replaced, or with the subtree at `path` (string constant indices)
 * replaced by `value`; restore afterwards; fails if the block does not complete. Memoised rule values are
 * pushed/popped around it so cached values never leak in or out.
 */
export interface WithStmt extends StmtBase { kind: 'WithStmt'; local: Local; path: number[]; value: Operand; block: Block }
export interface NopStmt extends StmtBase { kind: 'NopStmt' }
/** Add `value` (an object of query-variable bindings) to the result set. */
export interface ResultSetAddStmt extends StmtBase { kind: 'ResultSetAddStmt'; value: Local }

/** Every IR statement; switch on `kind` with an exhaustiveness check. */
export type Stmt =
  | ReturnLocalStmt | CallStmt | CallDynamicStmt | BlockStmt | BreakStmt | DotStmt | LenStmt | ScanStmt | NotStmt
  | AssignIntStmt | AssignVarStmt | AssignVarOnceStmt | ResetLocalStmt | MakeNullStmt | MakeNumberIntStmt
  | MakeNumberRefStmt | MakeArrayStmt | MakeObjectStmt | MakeSetStmt | EqualStmt | NotEqualStmt | IsArrayStmt
  | IsObjectStmt | IsSetStmt | IsDefinedStmt | IsUndefinedStmt | ArrayAppendStmt | SetAddStmt | ObjectInsertStmt
  | ObjectInsertOnceStmt | ObjectMergeStmt | WithStmt | NopStmt | ResultSetAddStmt;

/** A sequence of statements; an undefined statement ends the block. */
export interface Block {
  stmts: Stmt[];
}

/**
 * A plan function (one per rule path, or per function). Params start with (input, data); plain rules with
 * exactly those two params are memoised per evaluation. `path` feeds the dynamic-call mapping
 * (e.g. ["g0", "pkg", "rule"]).
 */
export interface Func {
  name: string;
  params: Local[];
  return: Local;
  blocks: Block[];
  path: string[];
}

/** One entrypoint's query plan: its blocks add bindings to the result set. */
export interface Plan {
  name: string;
  blocks: Block[];
}

/** A built-in called by the policy: its Rego name and declaration (arity; whether it returns a value). */
export interface BuiltinFunc {
  name: string;
  arity: number;
  /** False for void built-ins whose result is dropped. */
  hasResult: boolean;
}

/** A whole planned policy, input to the Wasm back end. */
export interface Policy {
  static: {
    strings: string[];
    /** Every built-in the plan references, sorted by name (index = OPA's builtin id). */
    builtinFuncs: BuiltinFunc[];
    files: string[];
  };
  plans: Plan[];
  funcs: Func[];
}
