// The shape of a built-in function declaration: one record per built-in, keyed by its exact Rego name,
// holding its signature (for arity and type checks) and where it runs (in the module's runtime or on the host).

/** Kinds of Rego values a built-in argument or result may take. */
export type ValueKind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'set';

/** A type: `any`, or the set of kinds accepted. */
export type TypeSpec = 'any' | readonly ValueKind[];

/** Where a built-in runs. */
export type BuiltinImpl =
  /**
   * In the module's runtime: an exported runtime function taking one i32 value address per argument. With
   * `hostFallback`, the host implements it too: the function takes the host id as a last i32 and hands it the
   * calls it does not do itself.
   */
  | {
    kind: 'runtime';
    export: string;
    hostFallback?: boolean;
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
  args: readonly TypeSpec[];
  /** Result type, or null for a void built-in whose result is dropped. */
  result: TypeSpec | null;
  impl: BuiltinImpl;
  /** Depends on the clock, randomness, network or file system: refused by the policy sandbox unless allowed. */
  nondeterministic?: boolean;
  /** Infix operator spelling, where the built-in has one (`+`, `==`, `&` ...). */
  infix?: string;
}

/** A family table: Rego name → declaration. */
export type BuiltinTable = Readonly<Record<string, BuiltinDecl>>;
