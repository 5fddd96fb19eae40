// INPUT_FORMATS: the table of input kinds plangate understands, each with a content-based `detect` and a `parse`
// into the normalised resource model. Detection tries the entries in order; the first that claims a file wins.
import type { InputContent } from './content';
import { parseKubernetesManifest, readManifestYaml } from './kubernetes/manifest';
import { parseTerraformPlan } from './terraform/plan';
import { parseTerraformState } from './terraform/state';
import type { InputType, JsonObject, ParsedInput, ReadOptions } from './types';

/** One input kind. */
export interface InputFormat {
  name: InputType;
  /** What the format needs to see, for messages about files that match nothing. */
  describe: string;
  /** Whether parse needs the raw text besides the parsed content (Kubernetes does, for lines); else it is released. */
  needsText: boolean;
  detect(content: InputContent): boolean;
  /**
   * A looser test for files the user named: such a file is this format's to judge, so its problems are reported by
   * the format with lines (a manifest whose only object lacks `kind`) instead of "not a recognised input".
   */
  detectNamed?(content: InputContent): boolean;
  parse(content: InputContent, options: ReadOptions): ParsedInput;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const PLAN_KEYS = ['resource_changes', 'planned_values', 'prior_state', 'configuration', 'resource_drift', 'output_changes'];
const STATE_ONLY_KEYS = new Set(['format_version', 'terraform_version', 'values', 'checks']);

function terraformJson(content: InputContent): JsonObject | undefined {
  return content.syntax === 'json' && isObject(content.value) && 'format_version' in content.value ? content.value : undefined;
}

function isPlan(content: InputContent): boolean {
  const json = terraformJson(content);
  return json !== undefined && PLAN_KEYS.some((k) => k in json);
}

function isState(content: InputContent): boolean {
  const json = terraformJson(content);
  return json !== undefined && Object.keys(json).every((k) => STATE_ONLY_KEYS.has(k));
}

const isKubernetesObject = (v: unknown): boolean => isObject(v) && 'apiVersion' in v && 'kind' in v;
const hasKubernetesKey = (v: unknown): boolean => isObject(v) && ('apiVersion' in v || 'kind' in v);

function someDocument(content: InputContent, test: (v: unknown) => boolean): boolean {
  if (content.syntax === 'json') return test(content.value);
  return content.yaml.documents.some((d) => test(d.value));
}

function parseKubernetes(content: InputContent, options: ReadOptions): ParsedInput {
  if (content.syntax === 'yaml') return parseKubernetesManifest(content.yaml, content.file);
  // JSON manifests are read again as YAML (a JSON superset) for the line of each object's first key.
  return parseKubernetesManifest(readManifestYaml(content.text, content.file, options), content.file);
}

/** Every input kind, in detection order. */
export const INPUT_FORMATS: readonly InputFormat[] = [
  {
    name: 'terraform-plan',
    describe: 'a Terraform plan (JSON with format_version and resource_changes/planned_values)',
    needsText: false,
    detect: isPlan,
    parse: (content, options) => parseTerraformPlan(terraformJson(content)!, content.file, options),
  },
  {
    name: 'terraform-state',
    describe: 'Terraform state from `terraform show -json` (JSON with format_version and values)',
    needsText: false,
    detect: isState,
    parse: (content, options) => parseTerraformState(terraformJson(content)!, content.file, options),
  },
  {
    name: 'kubernetes',
    describe: 'a Kubernetes manifest (YAML or JSON objects with apiVersion and kind)',
    needsText: true,
    detect: (content) => someDocument(content, isKubernetesObject),
    detectNamed: (content) => someDocument(content, hasKubernetesKey),
    parse: parseKubernetes,
  },
];

/** The format claiming this content, if any; `named` files may also be claimed by a format's looser test. */
export function detectFormat(content: InputContent, named = false): InputFormat | undefined {
  return INPUT_FORMATS.find((f) => f.detect(content)) ?? (named ? INPUT_FORMATS.find((f) => f.detectNamed?.(content)) : undefined);
}
