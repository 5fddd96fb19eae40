// The shape every policy convention fills: which packages of the loaded policies it runs, as which rules, and the
// generated Rego module that evaluates them into the one output shape the engine reads ({applies, deny, unknown,
// exempt} per rule id), so results, reports and judging are the same for every kind of policy.
import type { Module, RegoVersion } from '../../rego';
import type { Diagnostic } from '../../diagnostics';
import type { LoadedRule, PolicySetInput, PolicySetShard } from '../policy-set';
import type { RegoFile } from '../rego-sources';

/** The names of the conventions, in the order they claim packages. */
export type ConventionName = 'plangate' | 'conftest' | 'gatekeeper';

/** A Rego file of the user's policies, parsed in its version. */
export interface ParsedSource {
  file: RegoFile;
  module: Module;
  regoVersion: RegoVersion;
}

/** How the user asked conventions to run (conftest's namespace and input flags). */
export interface ConventionOptions {
  /** conftest namespaces to run (default `main`). */
  namespaces?: readonly string[];
  /** Run every namespace with conftest rules (conftest's --all-namespaces). */
  allNamespaces?: boolean;
  /** conftest's --combine: one evaluation over every document, as an array of {path, contents}. */
  combine?: boolean;
}

/** What a convention found: its rules and the module that evaluates them. */
export interface ConventionRules {
  convention: ConventionName;
  rules: LoadedRule[];
  /** The generated Rego module (package and entrypoints of its own). */
  aggregator: { path: string; source: string };
  /** Entrypoint returning every rule's output keyed by rule id. */
  allEntrypoint: string;
  /** Rego sources the convention brings besides the user's files (a Gatekeeper template's code and libs). */
  sources: RegoFile[];
  /** Absent: plangate's input document. */
  input?: PolicySetInput;
  /** Parts of the rules evaluated side by side (plangate's aggregator splits its rules in two). */
  shards?: PolicySetShard[];
}

/** A convention's reading of the loaded policies. */
export interface ConventionFindings {
  found?: ConventionRules;
  /** Packages (as `data.a.b`) the convention runs or has reported on, so none goes unmentioned. */
  claimed: Set<string>;
  problems: Diagnostic[];
}

/** Packages as written in messages: `data.a.b`. */
export function packageName(module: Module): string {
  return ['data', ...module.package.path.path.map((t) => (t.kind === 'String' ? t.value : '?'))].join('.');
}

/** A Rego ref to a package path, quoting segments that are not identifiers. */
export function regoRef(path: readonly string[]): string {
  return path.map((s, i) => (i === 0 ? s : /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('');
}

/** The names of a module's rules at the package's top level. */
export function topLevelRuleNames(module: Module): Set<string> {
  return new Set(module.rules.filter((r) => r.head.ref.path.length === 0).map((r) => r.head.name));
}

/** Everything a convention looks at. */
export interface ConventionContext {
  sources: readonly ParsedSource[];
  /** Packages claimed by the conventions before this one. */
  claimed: ReadonlySet<string>;
  options: ConventionOptions;
  /** The policy paths (Gatekeeper's YAML lives there beside the Rego) and the directory they are relative to. */
  policyPaths: readonly string[];
  cwd: string;
}

/** One kind of policy plangate runs. */
export interface PolicyConvention {
  name: ConventionName;
  find(ctx: ConventionContext): ConventionFindings;
}
