// The configuration model: what plangate.yaml (and a separate waivers file) may hold, after validation.

/** Severities, lowest first. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How strictly a rule's failures are enforced (HCP Terraform's policy-set levels). */
export type EnforcementLevel = 'advisory' | 'soft-mandatory' | 'mandatory';

/** An approved exception. */
export interface Waiver {
  rule: string;
  resource: string;
  reason: string;
  approvedBy: string;
  /** Last day the waiver applies, YYYY-MM-DD. */
  expires: string;
  ticket?: string;
  /** Where the waiver was written, for messages about it. */
  source?: { file: string; line?: number };
}

/** plangate.yaml after validation. */
export interface PlangateConfig {
  failOn?: Severity;
  failOnUnknown?: boolean;
  failOnUncovered?: boolean;
  allowEmpty?: boolean;
  environment?: string;
  /** Policy paths; entries written as `{ path, regoVersion }` also fill policyVersions. */
  policies?: string[];
  /** Rego version of each policy path that names one. */
  policyVersions?: Record<string, 'v0' | 'v1'>;
  /** Rego version of the other policy sources (default v1). */
  regoVersion?: 'v0' | 'v1';
  /** Data documents loaded under `data`. */
  data?: string[];
  builtin?: boolean;
  disable?: string[];
  severity?: Record<string, Severity>;
  enforcement?: Record<string, EnforcementLevel>;
  parameters?: Record<string, unknown>;
  allowBuiltins?: string[];
  formats?: string[];
  outputDir?: string;
  tfDir?: string;
  timeout?: number;
  maxMemory?: number;
  waivers?: Waiver[];
}

/** A configuration as loaded: the values plus where they came from. */
export interface LoadedConfig {
  config: PlangateConfig;
  /** The file read, or undefined when none was found. */
  path?: string;
  /** SHA-256 of the file's bytes (reports carry it). */
  sha256?: string;
  /** The 1-based line of a key path in the file (of the key itself with `atKey`), for messages about its values. */
  lineOf?: (path: string[], atKey?: boolean) => number | undefined;
}
