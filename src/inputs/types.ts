// The shapes of the normalised input document (docs/policy-input.md) and of the readInputs API.
// Policies are written against these fields: add fields freely, never rename or drop one.
import type { Diagnostic } from '../diagnostics';

/** What kind of input a file was recognised as. */
export type InputType = 'terraform-plan' | 'terraform-state' | 'kubernetes';

/** The single action a policy reasons about (raw plan actions are kept in `actions`). */
export type ResourceAction = 'create' | 'update' | 'replace' | 'delete' | 'no-op' | 'read' | 'forget' | 'none';

/** A JSON object as it came from the input. */
export type JsonObject = { [key: string]: unknown };

/** The pod view of a Kubernetes workload: the same path whatever the kind. */
export interface PodView {
  metadata: JsonObject;
  spec: JsonObject;
  containers: JsonObject[];
}

/** One resource, Terraform or Kubernetes (absent fields are omitted, never null-filled). */
export interface Resource {
  id: string;
  address: string;
  type: string;
  name: string;
  source: 'terraform' | 'kubernetes';
  file: string;
  line?: number;
  sourceFile?: string;
  mode?: 'managed' | 'data';
  provider?: string;
  providerName?: string;
  module?: string;
  configAddress?: string;
  index?: string | number;
  deposed?: string;
  action: ResourceAction;
  actions?: string[];
  actionReason?: string;
  values: JsonObject;
  before?: JsonObject;
  unknown?: JsonObject;
  sensitive?: JsonObject;
  references?: Record<string, string[]>;
  /**
   * Attribute paths (dotted, no indexes, as `references`) the resource's configuration writes an expression for,
   * each with the raw references of that expression ([] for a literal). Absent when the plan has no configuration
   * for the resource: then "not set" cannot be told from "known after apply".
   */
  configured?: Record<string, string[]>;
  region?: string;
  /** Why the region is not known before apply (its provider's region refers to something unsettled). */
  regionUnknown?: string;
  tags?: Record<string, string>;
  taggable?: boolean;
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  helmSource?: string;
  pod?: PodView;
}

/** Addresses per action across the run. */
export type ChangeSummary = Record<'create' | 'update' | 'replace' | 'delete' | 'no-op' | 'read' | 'forget', string[]>;

/** One input as the document describes it. */
export interface DocumentInput {
  path: string;
  type: InputType;
  terraformVersion?: string;
  formatVersion?: string;
  resources: number;
}

/** A Terraform provider configuration (provider_config in the plan). */
export interface ProviderView {
  name: string;
  fullName?: string;
  alias: string | null;
  module: string;
  region?: string;
  /** Google and Azure placement, as the provider block sets them. */
  location?: string;
  project?: string;
  /** Placement arguments the block sets that the plan does not settle, with the reason (the reference). */
  unsettled?: Record<string, string>;
  defaultTags?: Record<string, string>;
  source: string;
}

/** The one document policies evaluate as `input`. */
export interface InputDocument {
  resources: Resource[];
  deleted: Resource[];
  dataSources: Resource[];
  changes: ChangeSummary;
  inputs: DocumentInput[];
  terraform: { providers: ProviderView[] };
}

/** One file read, as reports list it (CONTRACT report.json `inputs`). */
export interface InputFile {
  path: string;
  type: InputType;
  sha256: string;
  resources: number;
}

/** What one registered format produced from one file. */
export interface ParsedInput {
  type: InputType;
  terraformVersion?: string;
  formatVersion?: string;
  resources: Resource[];
  deleted: Resource[];
  dataSources: Resource[];
  providers: ProviderView[];
  diagnostics: Diagnostic[];
}

/** Options of readInputs. */
export interface ReadOptions {
  /** Directory holding the root module's .tf sources (default: the plan's own directory). */
  tfDir?: string;
  /** Files larger than this are refused before they are read (default 512 MiB, `--max-input-size`). */
  maxFileBytes?: number;
  /** YAML alias expansions allowed per document (default 100). */
  maxAliasCount?: number;
  /** Deepest nesting accepted in JSON and YAML (default 256 for YAML, 1000 for JSON). */
  maxDepth?: number;
  /** Working directory that relative paths are resolved against (default process.cwd()). */
  cwd?: string;
  /** `Date.now()` after which no more input is parsed (the run's --timeout); what is left is an input_error. */
  deadline?: number;
  /** Named files that are no input are skipped as files found in a folder are (pre-commit passes every staged file). */
  ignoreUnrecognised?: boolean;
}

/** The result of readInputs: the document, the files read and every problem found. */
export interface ReadResult {
  document: InputDocument;
  inputs: InputFile[];
  diagnostics: Diagnostic[];
}
