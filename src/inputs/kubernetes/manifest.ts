// Normalises Kubernetes manifests (YAML streams, JSON objects, `List`/`*List` kinds, Helm output, CRD instances)
// into Resources addressed Kind/namespace/name or Kind/name, each with its file and first-key line.
import { diagnostic } from '../../diagnostics';
import { MAX_STRING_CHARS } from '../json-text';
import { checkSchema } from '../schemas';
import type { JsonObject, ParsedInput, ReadOptions, Resource } from '../types';
import { stringMap } from '../terraform/providers';
import { REDACTED } from '../terraform/values';
import { isClusterScoped } from './scope';
import { podView } from './workloads';
import { readYamlDocuments, type YamlDocument, type YamlFile } from './yaml';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Default alias expansions per YAML document (see ReadOptions). */
export const DEFAULT_MAX_ALIAS_COUNT = 100;
/** Default YAML nesting limit: eemeli/yaml recurses per level, and manifests rarely pass 40. */
export const DEFAULT_YAML_MAX_DEPTH = 256;

/** Documents per YAML file (a rendered Helm release of thousands of objects stays far below). */
export const DEFAULT_MAX_YAML_DOCUMENTS = 100_000;
/** Anchors per YAML document. */
export const DEFAULT_MAX_YAML_ANCHORS = 10_000;
/** Bytes alias expansion may add to one YAML document. */
export const DEFAULT_MAX_ALIAS_EXPANSION_BYTES = 16 * 1024 ** 2;

/** Reads a manifest's YAML (or JSON) text into documents with the limits of `options`. */
export function readManifestYaml(text: string, file: string, options: ReadOptions): YamlFile {
  return readYamlDocuments(text, file, {
    maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT,
    maxDepth: options.maxDepth ?? DEFAULT_YAML_MAX_DEPTH,
    maxDocuments: DEFAULT_MAX_YAML_DOCUMENTS,
    maxAnchors: DEFAULT_MAX_YAML_ANCHORS,
    maxAliasExpansionBytes: DEFAULT_MAX_ALIAS_EXPANSION_BYTES,
    maxScalarChars: MAX_STRING_CHARS,
    ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
  });
}

/** One object found in a manifest, before it becomes a Resource. */
interface ManifestObject {
  object: unknown;
  line: number;
  helmSource?: string;
  jsonPath: string;
}

/** A document whose kind is `List` or ends in `List` and that holds `items` is a list: its items are the objects. */
export function isListDocument(value: unknown): value is JsonObject & { items: unknown[] } {
  return isObject(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
}

/** Unpacks list documents so every item keeps its own line. */
export function manifestObjects(doc: YamlDocument): ManifestObject[] {
  const helm = doc.helmSource ? { helmSource: doc.helmSource } : {};
  if (!isListDocument(doc.value)) return [{ object: doc.value, line: doc.line, jsonPath: '', ...helm }];
  return doc.value.items.map((object, i) => ({ object, line: doc.itemLines?.[i] ?? doc.line, jsonPath: `/items/${i}`, ...helm }));
}

/** Normalises the documents of one manifest file already recognised as Kubernetes. */
export function parseKubernetesManifest(yaml: YamlFile, file: string): ParsedInput {
  const parsed: ParsedInput = { type: 'kubernetes', resources: [], deleted: [], dataSources: [], providers: [], diagnostics: [] };
  parsed.diagnostics.push(...yaml.diagnostics);
  for (const doc of yaml.documents) {
    for (const found of manifestObjects(doc)) {
      if (!isObject(found.object)) {
        parsed.diagnostics.push(diagnostic('input_error', 'a Kubernetes document must be a mapping with apiVersion, kind and metadata.name', { file, line: found.line }, { jsonPath: found.jsonPath || '/' }));
        continue;
      }
      const problems = checkSchema('kubernetes-object', found.object, { file, line: found.line }, found.jsonPath);
      if (problems.length > 0) parsed.diagnostics.push(...problems);
      else parsed.resources.push(kubernetesResource(found.object, file, found));
    }
  }
  return parsed;
}

/** Annotations that repeat the whole object, so on a Secret they repeat its values. */
const OBJECT_COPY_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration'];

/**
 * Everything under a Secret's `data`/`stringData` is sensitive, whatever its shape: a mapping keeps its keys (rules
 * check them), a scalar or a list (invalid for the API server, yet a pull request can hold it) is redacted whole.
 */
function redactValues(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value !== 'object' || Array.isArray(value)) return REDACTED;
  return Object.fromEntries(Object.keys(value).map((key) => [key, REDACTED]));
}

/** A Secret with its data and stringData values (and annotations copying them) redacted: keys stay for rules to see. */
export function redactSecret(object: JsonObject): JsonObject {
  if (object.kind !== 'Secret') return object;
  const metadata = object.metadata as JsonObject;
  const annotations = metadata.annotations && typeof metadata.annotations === 'object' ? { ...(metadata.annotations as JsonObject) } : undefined;
  for (const key of OBJECT_COPY_ANNOTATIONS) if (annotations && key in annotations) annotations[key] = REDACTED;
  return {
    ...object,
    metadata: annotations ? { ...metadata, annotations } : metadata,
    ...('data' in object ? { data: redactValues(object.data) } : {}),
    ...('stringData' in object ? { stringData: redactValues(object.stringData) } : {}),
  } as JsonObject;
}

/** The Resource of one validated object (apiVersion, kind and metadata.name are strings); a Secret's values are redacted. */
export function kubernetesResource(raw: JsonObject, file: string, found: { line: number; helmSource?: string }): Resource {
  const object = redactSecret(raw);
  const kind = object.kind as string;
  const metadata = object.metadata as JsonObject;
  const name = metadata.name as string;
  const namespace = isClusterScoped(kind) ? undefined : typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
  const address = namespace === undefined ? `${kind}/${name}` : `${kind}/${namespace}/${name}`;
  const labels = stringMap(metadata.labels);
  const annotations = stringMap(metadata.annotations);
  const pod = podView(kind, object);
  return {
    id: `${file}#${address}`,
    address,
    type: kind,
    name,
    source: 'kubernetes',
    file,
    line: found.line,
    action: 'none',
    values: object,
    apiVersion: object.apiVersion as string,
    kind,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(labels ? { labels } : {}),
    ...(annotations ? { annotations } : {}),
    ...(found.helmSource ? { helmSource: found.helmSource } : {}),
    ...(pod ? { pod } : {}),
    tags: labels ?? {},
    taggable: true,
  };
}
