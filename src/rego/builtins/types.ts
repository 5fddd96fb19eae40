// The shape of a built-in function declaration: one record per built-in, keyed by its exact Rego name,
// holding its signature (for the type checker) and where it runs (in the module's runtime or on the host).

/**
 * A type in OPA's notation, optionally named as OPA names built-in arguments: `string`, `x: number`,
 * `collection: any<array[any], set[any]>`, `object[string: any]`, `array<number, string>` (read by
 * `../types/parse.ts`; the names appear in type errors' "want:" lines). Every declaration in the tables uses it.
 */
export type TypeNotation = string;

/** Kinds of Rego values, the short form of a type an embedder may declare (`['string', 'null']`). */
export type ValueKind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'set';

/** A type as an embedder declares it: OPA's notation, or `'any'` / a list of kinds. */
export type TypeSpec = TypeNotation | readonly ValueKind[];

/** Where a built-in runs. */
export type BuiltinImpl =
  /** In the module's runtime: an exported runtime function taking one i32 value address per argument. */
  | {
    kind: 'runtime';
    export: string;
    /**
     * A host built-in (not callable from Rego) the function consults, whose id it takes as a last i32: the time
     * built-ins ask the host's zone database for zones other than UTC.
     */
    hostHelper?: string;
  }
  /** On the host: dispatched through `opa_builtinN` (implemented by @open-policy-agent/opa-wasm or by plangate's engine). */
  | { kind: 'host' };

/** Declaration of one built-in function. */
export interface BuiltinDecl {
  /** Argument types, in order; their count is the arity. */
  args: readonly TypeNotation[];
  /** Result type, or null for a void built-in whose result is dropped. */
  result: TypeNotation | null;
  impl: BuiltinImpl;
  /** Depends on the clock, randomness, network or file system: refused by the policy sandbox unless allowed. */
  nondeterministic?: boolean;
  /** Infix operator spelling, where the built-in has one (`+`, `==`, `&` ...). */
  infix?: string;
}

/** A family table: Rego name → declaration. */
export type BuiltinTable = Readonly<Record<string, BuiltinDecl>>;
