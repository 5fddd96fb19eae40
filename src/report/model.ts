// The report model: the contract's report.json shape as types, plus the reproduction and audit fields
// (run parameters, environment, git, rule metadata, baseline marks, waivers). Every renderer is a view of it.
import type { Diagnostic } from '../diagnostics';

/** The report format version written into `schemaVersion`. */
export const SCHEMA_VERSION = '1.0';

export const STATUSES = ['fail', 'error', 'unknown', 'waived', 'pass'] as const;
/** Outcome of one rule on one resource. */
export type ResultStatus = (typeof STATUSES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
/** Severity of a rule, possibly overridden by configuration. */
export type Severity = (typeof SEVERITIES)[number];

/** Whether a failing result fails the run (Sentinel-style enforcement levels). */
export type Enforcement = 'advisory' | 'soft-mandatory' | 'mandatory';

/** How a result compares with the baseline report. */
export type BaselineMark = 'new' | 'unchanged' | 'fixed';

/** Overall outcome of a run. */
export type Verdict = 'pass' | 'fail' | 'error';

/** A control of a compliance framework (`GDPR` `Art.32`, `ISO27001:2022` `A.8.24`). */
export interface ControlRef {
  framework: string;
  id: string;
}

/** The resource a result is about; identity as the contract defines it. */
export interface ResourceRef {
  address: string;
  type: string;
  /** The input path as given (the plan or manifest). */
  file?: string;
  /** 1-based line: in the manifest for Kubernetes; in `sourceFile` (the .tf file) for Terraform. */
  line?: number;
  /** The file `line` refers to when it is not `file`: a Terraform resource's .tf source. */
  sourceFile?: string;
}

/** An approved exception, as configured in plangate.yaml. */
export interface Waiver {
  reason: string;
  approvedBy: string;
  /** `YYYY-MM-DD`. */
  expires: string;
  ticket?: string;
  /** The rule id the waiver names. */
  rule?: string;
  /** The glob over resource addresses the waiver names. */
  resource?: string;
}

/** A waiver that matched nothing or has expired: worth an auditor's attention. */
export interface StaleWaiver extends Waiver {
  rule: string;
  resource: string;
  why: 'expired' | 'unmatched';
}

/**
 * A configuration override of a rule's metadata (severity, enforcement, disabled), or a rule replaced by a custom
 * rule that declares `overrides: <id>` (field `replaced`, from the replaced rule's file to the replacing one's).
 */
export interface Override {
  rule: string;
  field: 'severity' | 'enforcement' | 'disabled' | 'replaced';
  from?: string;
  to: string;
}

/** One (rule, resource) outcome. */
export interface Result {
  ruleId: string;
  status: ResultStatus;
  severity: Severity;
  resource: ResourceRef;
  message: string;
  waiver?: Waiver;
  enforcement?: Enforcement;
  baseline?: BaselineMark;
  /** The evaluation problem behind an `error` status. */
  diagnostic?: Diagnostic;
  /** What the policy said beyond its message (a conftest message object's other keys, a Gatekeeper violation's details). */
  details?: Record<string, unknown>;
  /** The report a merged result came from. */
  source?: string;
}

/** Whether an input was read (`read`) or could not be read or understood (`error`, its reason in `problems`). */
export type InputStatus = 'read' | 'error';

/** One input document and its evidence digest; an input not read has neither type nor digest. */
export interface InputRecord {
  path: string;
  type?: 'terraform-plan' | 'terraform-state' | 'kubernetes';
  sha256?: string;
  resources: number;
  status?: InputStatus;
}

/** Resources of one type that no rule judged. */
export interface UncoveredType {
  type: string;
  resources: number;
  /** Their addresses (at most UNCOVERED_ADDRESS_LIMIT; `resources` is the full count). */
  addresses: string[];
}

/** Why a run judged nothing: it is never a plain pass (CONTRACT additions: `--allow-empty`). */
export type EmptyRunReason = 'no rules ran' | 'nothing judged';

/** One rule that ran, with the metadata auditors and code-scanning need. */
export interface PolicyRecord {
  id: string;
  title: string;
  severity: Severity;
  category: string;
  controls: ControlRef[];
  source: 'builtin' | 'custom';
  sha256: string;
  description?: string;
  remediation?: string;
  enforcement?: Enforcement;
  /** Resource types or kinds the rule applies to. */
  appliesTo?: string[];
  /** Policy file the rule was read from. */
  file?: string;
  /** The id of the rule this custom rule replaces (METADATA `overrides:`). */
  overrides?: string;
}

/** Counts over the results; the contract's fields plus `unknown`. */
export interface Summary {
  resources: number;
  rules: number;
  passed: number;
  failed: number;
  waived: number;
  errors: number;
  unknown: number;
  /** Resources judged by at least one rule (the rest are in the report's `uncovered`). */
  judged?: number;
}

/** The tool and version that wrote the report. */
export interface ToolInfo {
  name: string;
  version: string;
}

/** Where and how the run happened, so a reader can reproduce it. */
export interface RunInfo {
  /** sha256 of the configuration file's bytes, when there was one. */
  configDigest?: string;
  configPath?: string;
  failOn?: Severity;
  /** Whether `--override` let soft-mandatory failures pass (the rules are listed in the report's overrides). */
  override?: boolean;
  /** Whether resources no rule judged fail the run (`--fail-on-uncovered`). */
  failOnUncovered?: boolean;
  environment?: string;
  parameters?: Record<string, unknown>;
  runtime: { node: string; os: string; arch: string };
  git?: { commit: string; ref?: string };
  ci?: { provider: string; runId?: string; repository?: string };
}

/** What the results were compared against. */
export interface BaselineInfo {
  generatedAt: string;
  digest?: string;
  counts: { new: number; unchanged: number; fixed: number };
  /** Results failing in the baseline that no longer exist (their resource or rule is gone). */
  absent: Result[];
}

/** Provenance of a merged (organisation-wide) report. */
export interface MergeInfo {
  reports: number;
  /** Each merged report's path and digest, in merge order (capped: see `sourcesOmitted`). */
  sources: { path: string; digest?: string; verdict: Verdict; generatedAt: string }[];
  sourcesOmitted: number;
  /** Inputs of the merged reports beyond the listed ones. */
  inputsOmitted: number;
  /** Passing results kept as evidence detail; the rest are counted only. */
  passesKept: number;
  passesOmitted: number;
}

/** Outcome counts of one control of one framework, over every rule mapped to it. */
export interface ComplianceRow {
  framework: string;
  control: string;
  rules: string[];
  counts: StatusCounts;
}

/** Results per status. */
export type StatusCounts = Record<ResultStatus, number>;

/** The digest over the canonical JSON of all other fields; `parts` names which top-level field changed. */
export interface ReportDigest {
  algorithm: 'sha256';
  value: string;
  parts?: Record<string, string>;
}

/** An Ed25519 signature over the same canonical bytes as the digest. */
export interface ReportSignature {
  algorithm: 'ed25519';
  /** sha256 of the public key (SPKI DER), to tell keys apart. */
  keyId: string;
  value: string;
}

/** The whole report (report.json). */
export interface ReportModel {
  schemaVersion: string;
  tool: ToolInfo;
  generatedAt: string;
  verdict: Verdict;
  summary: Summary;
  inputs: InputRecord[];
  policies: PolicyRecord[];
  results: Result[];
  run?: RunInfo;
  staleWaivers?: StaleWaiver[];
  overrides?: Override[];
  baseline?: BaselineInfo;
  merge?: MergeInfo;
  /** The per-control matrix, stored when results alone cannot rebuild it (merged reports omit passes). */
  compliance?: ComplianceRow[];
  digest?: ReportDigest;
  signature?: ReportSignature;
  /** Inputs that could not be read and policies that could not be compiled or evaluated (the verdict is then error). */
  problems?: Problem[];
  /** Resources no rule judged, per type. */
  uncovered?: UncoveredType[];
  /** Set when the run judged nothing; `allowed` when `--allow-empty` let it pass. */
  empty?: { reason: EmptyRunReason; allowed: boolean };
}

/** A problem that kept part of the run from being judged. */
export interface Problem {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
