// A policy set: one compiled WebAssembly module holding many rules plus the generated aggregator, with the
// metadata of each rule. The built-in library is one set; the user's Rego sources are another.
import type { Enforcement } from '../report/model';
import type { Diagnostic } from '../diagnostics';
import type { RuleDefinition } from './rule-metadata';

/** A rule of a policy set, with the evidence digest of the file it came from. */
export interface LoadedRule extends RuleDefinition {
  source: 'builtin' | 'custom';
  /** SHA-256 of the policy file's bytes. */
  sha256: string;
  /** Entrypoint evaluating this rule alone, returning {applies, deny, unknown}. */
  entrypoint?: string;
  /** For modules compiled elsewhere (no aggregator): one entrypoint per output the rule defines. */
  outputEntrypoints?: Partial<Record<'applies' | 'deny' | 'unknown' | 'evidence', string>>;
  /** The enforcement its convention gives the rule when plangate.yaml sets none (conftest warn: advisory). */
  enforcement?: Enforcement;
  /** Noted on each of its failures (a Gatekeeper constraint in dryrun). */
  note?: string;
}

/**
 * The input a set evaluates, when it is not plangate's input document: conftest's documents (one evaluation per
 * parsed document, or one over all with --combine) or Gatekeeper's admission reviews, one per constraint and
 * selected object, with the inventory.
 */
export type PolicySetInput =
  | { kind: 'documents'; combine: boolean }
  | { kind: 'admission-reviews'; constraints: ConstraintSelection[] };

/** A Gatekeeper constraint as the engine matches it against the input objects. */
export interface ConstraintSelection {
  /** Rule id: `<Kind>/<name>`. */
  id: string;
  kind: string;
  name: string;
  match: Record<string, unknown>;
  parameters: unknown;
}

/** Part of a set's rules with an entrypoint returning their outputs ({ruleId: {applies, deny, unknown}}). */
export interface PolicySetShard {
  entrypoint: string;
  /** Ids of the shard's rules. */
  rules: string[];
}

/** A compiled set of rules. */
export interface PolicySet {
  /** What the set was built from, for messages: "built-in library", a path. */
  name: string;
  wasm: Uint8Array;
  rules: LoadedRule[];
  /** Entrypoint returning every rule's outputs at once ({ruleId: {applies, deny, unknown}}), when the set has one. */
  allEntrypoint?: string;
  /** The same outputs split by rule into entrypoints evaluated side by side, each in its own worker. */
  shards?: PolicySetShard[];
  /** Problems found while loading that leave the set's other rules runnable (a package that checks nothing). */
  problems?: Diagnostic[];
  /** Base data the module expects besides the parameters (an OPA bundle's data.json). */
  data?: Record<string, unknown>;
  /** What the set evaluates instead of the input document. */
  input?: PolicySetInput;
}
