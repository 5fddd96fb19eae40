// The Rego abstract syntax tree produced by the parser and consumed by the compiler passes and the planner.
// Shapes follow OPA's v1/ast package (terms, exprs, rules, modules) as discriminated unions on `kind`.
// Positions: every node has a `span` (offsets into its file) and a precomputed 1-based `loc` (line/col).

/** Character offsets of a node in its source file (`end` exclusive); `file` is the path as given to the parser. */
export interface Span {
  file: string;
  start: number;
  end: number;
}

/** 1-based line and column of a node's first character (UTF-16 units, as `SourceFile.locate`). */
export interface Loc {
  file: string;
  line: number;
  col: number;
}

/** Fields every node carries. */
export interface NodeBase {
  span: Span;
  loc: Loc;
}

// ---------------------------------------------------------------------------------------------- terms

/** `null`. */
export interface NullTerm extends NodeBase { kind: 'Null' }
/** `true` / `false`. */
export interface BooleanTerm extends NodeBase { kind: 'Boolean'; value: boolean }
/**
 * A number literal; `raw` is the source text (sign folded in, e.g. `-1.5e400`), never a JS number. OPA also
 * accepts a leading dot (`.5`); that one is written with its zero (`0.5`) so `raw` is always valid JSON.
 */
export interface NumberTerm extends NodeBase { kind: 'Number'; raw: string }
/** A string literal (quoted or raw); `value` is the decoded text. */
export interface StringTerm extends NodeBase { kind: 'String'; value: string }
/**
 * A variable. Each `_` becomes a distinct generated var named `$0`, `$1`, … (OPA's wildcard naming) with
 * `wildcard: true`, so later stages never have to tell one `_` from another.
 */
export interface VarTerm extends NodeBase { kind: 'Var'; name: string; wildcard?: boolean }
/**
 * A reference: `data.a.b[x]` is head `Var data`, path `[String a, String b, Var x]`. Bare `data` and `input`
 * become refs with an empty path (as OPA does). The head may also be a collection, comprehension or call.
 */
export interface RefTerm extends NodeBase { kind: 'Ref'; head: Term; path: Term[] }
/** `[a, b]`. */
export interface ArrayTerm extends NodeBase { kind: 'Array'; items: Term[] }
/** One `key: value` pair of an object; keys may be any term. */
export interface ObjectEntry { key: Term; value: Term }
/** `{k: v, …}` (and `{}`, which is always an empty object). */
export interface ObjectTerm extends NodeBase { kind: 'Object'; entries: ObjectEntry[] }
/** `{a, b}` or `set()`. */
export interface SetTerm extends NodeBase { kind: 'Set'; items: Term[] }
/** `[term | body]`. */
export interface ArrayComprehension extends NodeBase { kind: 'ArrayComprehension'; term: Term; body: Body }
/** `{term | body}`. */
export interface SetComprehension extends NodeBase { kind: 'SetComprehension'; term: Term; body: Body }
/** `{key: value | body}`. */
export interface ObjectComprehension extends NodeBase { kind: 'ObjectComprehension'; key: Term; value: Term; body: Body }
/**
 * A function call. `operator` names the function as a ref: `count`, `strings.replace_n`, `data.pkg.f`.
 * Infix operators are calls to OPA's builtin names (see `INFIX_OPERATORS`), `x in xs` is `internal.member_2`
 * and `k, v in xs` is `internal.member_3`.
 */
export interface CallTerm extends NodeBase { kind: 'Call'; operator: RefTerm; args: Term[] }
/**
 * A template string `$"a {expr} b"` (raw: `` $`…` ``). Parts are literal strings and embedded expressions; OPA
 * evaluates each expression to a value (a set of values if it has several) and concatenates.
 */
export interface TemplateStringTerm extends NodeBase { kind: 'TemplateString'; raw: boolean; parts: Array<StringTerm | Expr> }

/** Any Rego term. */
export type Term =
  | NullTerm
  | BooleanTerm
  | NumberTerm
  | StringTerm
  | VarTerm
  | RefTerm
  | ArrayTerm
  | ObjectTerm
  | SetTerm
  | ArrayComprehension
  | SetComprehension
  | ObjectComprehension
  | CallTerm
  | TemplateStringTerm;

/** The `kind` strings of terms. */
export type TermKind = Term['kind'];

/** Scalar terms (no nested terms). */
export type ScalarTerm = NullTerm | BooleanTerm | NumberTerm | StringTerm;

// ---------------------------------------------------------------------------------------------- expressions

/** `left = right` (OPA's `eq`: unification, may bind vars on both sides). */
export interface UnifyExpr extends NodeBase { kind: 'Unify'; left: Term; right: Term }
/** `left := right` (OPA's `assign`: declares the vars of `left` as locals). */
export interface AssignExpr extends NodeBase { kind: 'Assign'; left: Term; right: Term }
/** `some x, y` (declaration of local vars only). */
export interface SomeDecl extends NodeBase { kind: 'SomeDecl'; vars: VarTerm[] }
/** `some v in domain` / `some k, v in domain`; key and value may be patterns (any term). */
export interface SomeIn extends NodeBase { kind: 'SomeIn'; key?: Term; value: Term; domain: Term }
/** `every [k,] v in domain { body }`. */
export interface Every extends NodeBase { kind: 'Every'; key?: VarTerm; value: VarTerm; domain: Term; body: Body }
/**
 * A braced group of literals used as one expression: block negation `not { … }` (the enclosing Expr is then
 * `negated`) and operands of the experimental `and`/`or` operators (`{ a or b } and c`).
 */
export interface BlockExpr extends NodeBase { kind: 'Block'; body: Body }
/**
 * Experimental `a and b` / `a or b` over whole literals (`future.keywords.and` / `.or`); `and` binds tighter
 * than `or`, `not` tighter than both. Operands are full expressions (each may be negated or carry `with`).
 */
export interface LogicalExpr extends NodeBase { kind: 'Logical'; op: 'and' | 'or'; operands: Expr[] }

/** What an expression holds: a term (a top-level call is a `CallTerm`) or one of the statement forms. */
export type ExprTerms = Term | UnifyExpr | AssignExpr | SomeDecl | SomeIn | Every | BlockExpr | LogicalExpr;

/** `with target as value`; target is a ref (`input.x`, `data.a`, a function name). */
export interface With extends NodeBase { kind: 'With'; target: Term; value: Term }

/** One literal of a body or query. */
export interface Expr extends NodeBase {
  kind: 'Expr';
  negated: boolean;
  terms: ExprTerms;
  with: With[];
}

/** A rule body or comprehension body: literals evaluated as a conjunction. */
export type Body = Expr[];
/** A query (same shape as a body). */
export type Query = Body;

// ---------------------------------------------------------------------------------------------- rules

/**
 * complete: single value, ground ref (`p := 1`, `a.b.c if …`);
 * partial-set: `contains` (multi-value);
 * partial-object: single value at a non-ground ref (`p[k] := v`, `a.b[x] if …`);
 * function: has arguments.
 */
export type RuleKind = 'complete' | 'partial-set' | 'partial-object' | 'function';

/** A rule head. */
export interface RuleHead extends NodeBase {
  kind: 'RuleHead';
  /** The rule ref: `p` is `Ref(Var p, [])`, `a.b[x]` is `Ref(Var a, [String b, Var x])`. */
  ref: RefTerm;
  /** The leading var of `ref` (`p` for `p.q[x]`). */
  name: string;
  /** Function parameters (present only for functions). */
  args?: Term[];
  /** partial-set: the element (`contains x`); partial-object: the last ref element when it is not ground. */
  key?: Term;
  /** The value; absent for `contains`; `true` (generated) for `p if …` and `p[x] if …`. */
  value?: Term;
  /** `:=` was written (rather than `=` or no value). */
  assign: boolean;
}

/** A rule, function definition or `default` rule. */
export interface Rule extends NodeBase {
  kind: 'Rule';
  ruleKind: RuleKind;
  default: boolean;
  head: RuleHead;
  /** The body; a single generated `true` expression when the source had none (`p := 1`). */
  body: Body;
  /** True when the body was not written in the source. */
  bodyImplicit: boolean;
  /** Next link of an `else` chain (same ref/args, own value and body). */
  else?: Rule;
  /** METADATA blocks that apply to this rule (scope rule or document). */
  annotations?: Annotations[];
}

// ---------------------------------------------------------------------------------------------- modules

/** `package a.b` with path `data.a.b` (Ref(Var data, [String a, String b])). */
export interface Package extends NodeBase {
  kind: 'Package';
  path: RefTerm;
  /** METADATA blocks of scope package or subpackages attached to this package. */
  annotations?: Annotations[];
}

/** `import data.x.y [as z]`, `import input.x`, `import rego.v1`, `import future.keywords[.kw]`. */
export interface Import extends NodeBase { kind: 'Import'; path: RefTerm; alias?: string }

/** A `#` comment; `text` excludes the `#`. */
export interface Comment extends NodeBase { kind: 'Comment'; text: string }

/** Where a METADATA block applies. */
export type AnnotationScope = 'rule' | 'document' | 'package' | 'subpackages';

/** `related_resources` entry. */
export interface RelatedResource { ref: string; description?: string }
/** `authors` entry (a plain string `Name <email>` is split into both fields). */
export interface AuthorAnnotation { name?: string; email?: string }
/** `schemas` entry: `path` is the annotated ref (`input.x`), with either a `schema` ref or an inline `definition`. */
export interface SchemaAnnotation { path: RefTerm; schema?: RefTerm; definition?: unknown }

/** A parsed `# METADATA` block. */
export interface Annotations extends NodeBase {
  kind: 'Annotations';
  scope: AnnotationScope;
  title?: string;
  description?: string;
  entrypoint: boolean;
  organizations?: string[];
  relatedResources?: RelatedResource[];
  authors?: AuthorAnnotation[];
  schemas?: SchemaAnnotation[];
  /** `custom:` mapping, any YAML values. */
  custom?: Record<string, unknown>;
  /** What the block is attached to: the package, or the rules whose ref's ground prefix has this text (`a.b` for `a.b[x]`). */
  target: { kind: 'package' } | { kind: 'rule'; ref: string };
}

/** One parsed Rego file. */
export interface Module extends NodeBase {
  kind: 'Module';
  package: Package;
  imports: Import[];
  rules: Rule[];
  /** Every METADATA block of the file, in source order. */
  annotations: Annotations[];
  comments: Comment[];
  /** Set for a module read as Rego v0 (deprecated built-ins and shadowing `input`/`data` allowed); absent for v1. */
  regoVersion?: 'v0';
}

/** Any node the visitor can reach. */
export type Node = Term | ExprTerms | Expr | With | RuleHead | Rule | Package | Import | Comment | Annotations | Module;

// ---------------------------------------------------------------------------------------------- operator names

/** Infix operator → OPA builtin name (`1 + 2` is `plus(1, 2)`). */
export const INFIX_OPERATORS: Readonly<Record<string, string>> = {
  '+': 'plus',
  '-': 'minus',
  '*': 'mul',
  '/': 'div',
  '%': 'rem',
  '==': 'equal',
  '!=': 'neq',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  '&': 'and',
  '|': 'or',
};

/** OPA's names for membership: `x in xs` and `k, v in xs`. */
export const MEMBER_2 = 'internal.member_2';
export const MEMBER_3 = 'internal.member_3';

/** Roots of references that always denote documents. */
export const ROOT_DOCUMENTS: readonly string[] = ['data', 'input'];

/** Exhaustiveness check for switches over `kind`. */
export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(x)}`);
}
