// First stage of reading one input: decoded text to parsed content (JSON value, or YAML documents with lines),
// chosen by the text itself; the format registry then decides by content what kind of input it is.
import type { Diagnostic } from '../diagnostics';
import { parseJsonText } from './json-text';
import { readManifestYaml } from './kubernetes/manifest';
import type { YamlFile } from './kubernetes/yaml';
import type { ReadOptions } from './types';

/** Default nesting limit for JSON (Terraform values rarely pass 30 levels). */
export const DEFAULT_JSON_MAX_DEPTH = 1000;

/** The parsed text of one file. */
export type InputContent =
  | { syntax: 'json'; file: string; text: string; value: unknown }
  | { syntax: 'yaml'; file: string; text: string; yaml: YamlFile };

/** Parsed content, or the syntax problem that stopped parsing. */
export type ContentResult = { ok: true; content: InputContent } | { ok: false; diagnostic: Diagnostic };

function firstSignificantChar(text: string): string {
  const m = /\S/.exec(text);
  return m ? m[0] : '';
}

/** JSON when the text opens with `{`/`[` (a `.yaml` file that is not valid JSON is then tried as YAML flow), else YAML. */
export function parseContent(text: string, file: string, options: ReadOptions): ContentResult {
  const first = firstSignificantChar(text);
  if (first === '{' || first === '[') {
    const json = parseJsonText(text, file, options.maxDepth ?? DEFAULT_JSON_MAX_DEPTH);
    if (json.ok) return { ok: true, content: { syntax: 'json', file, text, value: json.value } };
    if (/\.json$/i.test(file) || /nested deeper/.test(json.diagnostic.message)) return json;
  }
  return { ok: true, content: { syntax: 'yaml', file, text, yaml: readManifestYaml(text, file, options) } };
}

/** Text that was evidently meant as one of our inputs, so failing to parse it is an error even inside a directory walk. */
export function looksLikeInput(text: string): boolean {
  const head = text.slice(0, 65536);
  return /"(format_version|resource_changes|apiVersion)"\s*:/.test(head) || /^\s*(apiVersion|kind)\s*:/m.test(head);
}

/**
 * Helm/Go template sources (`{{ .Values.x }}` outside comments) are not manifests until rendered; a directory walk
 * skips them (a chart's templates/ folder would otherwise be a stream of errors). Named files are still read.
 */
export function isTemplateSource(text: string): boolean {
  return /^[^#\n]*\{\{.*\}\}/m.test(text);
}
