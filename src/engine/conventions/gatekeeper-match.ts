// Gatekeeper's constraint match (spec.match) against the Kubernetes objects of the inputs, and the admission
// review and inventory Gatekeeper (and its gator CLI) give a template's Rego: kinds with apiGroups, namespaces and
// excludedNamespaces (prefix/suffix globs), name, scope, labelSelector, and namespaceSelector against the
// Namespace objects found in the inputs. An object whose Namespace is not among the inputs cannot be matched
// by a namespaceSelector: it is reported as undecided rather than skipped.
import type { StructuredDocument } from '../../inputs';

type Json = Record<string, unknown>;

/** One object, and where its result goes. */
export interface MatchedObject {
  id: string;
  review: Json;
}

/** What a constraint selects: objects to review, and objects it cannot decide about (with the reason). */
export interface ConstraintTargets {
  reviews: MatchedObject[];
  undecided: { id: string; reason: string }[];
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Kinds that have no namespace (the common built-in ones; Gatekeeper asks the API server). */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'StorageClass',
  'PriorityClass', 'IngressClass', 'RuntimeClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration',
  'APIService', 'PodSecurityPolicy', 'CSIDriver', 'VolumeAttachment', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
]);

/** A Kubernetes object of the inputs, with the parts matching needs. */
export interface KubeObject {
  id: string;
  object: Json;
  group: string;
  version: string;
  kind: string;
  name: string;
  /** Namespace as written (namespaced kinds without one are in `default` when applied). */
  namespace?: string;
  clusterScoped: boolean;
  labels: Record<string, string>;
}

/** The Kubernetes objects among the documents. */
export function kubeObjects(documents: readonly StructuredDocument[]): KubeObject[] {
  const out: KubeObject[] = [];
  for (const d of documents.flatMap((doc) => doc.items ?? [doc])) {
    if (d.type === 'file' || !isObject(d.contents)) continue;
    const object = d.contents;
    const metadata = object.metadata as Json;
    const apiVersion = String(object.apiVersion);
    const slash = apiVersion.lastIndexOf('/');
    const kind = String(object.kind);
    const labels = isObject(metadata.labels) ? Object.fromEntries(Object.entries(metadata.labels).map(([k, v]) => [k, String(v)])) : {};
    const clusterScoped = CLUSTER_SCOPED.has(kind);
    out.push({
      id: d.id,
      object,
      group: slash < 0 ? '' : apiVersion.slice(0, slash),
      version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
      kind,
      name: String(metadata.name),
      ...(typeof metadata.namespace === 'string' && metadata.namespace !== '' && !clusterScoped ? { namespace: metadata.namespace } : {}),
      clusterScoped,
      labels,
    });
  }
  return out;
}

/** Gatekeeper's namespace globs: `prefix*`, `*suffix`, or the exact name. */
function globMatches(pattern: string, value: string): boolean {
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith('*')) return value.endsWith(pattern.slice(1));
  return pattern === value;
}

/** A Kubernetes label selector (matchLabels and matchExpressions) against labels. */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  if (!isObject(selector)) return true;
  const matchLabels = isObject(selector.matchLabels) ? selector.matchLabels : {};
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== String(v)) return false;
  for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    if (!isObject(e)) continue;
    const key = String(e.key);
    const values = strings(e.values);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (e.operator) {
      case 'In': if (!has || !values.includes(labels[key])) return false; break;
      case 'NotIn': if (has && values.includes(labels[key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

function kindsMatch(kinds: unknown, o: KubeObject): boolean {
  if (!Array.isArray(kinds) || kinds.length === 0) return true;
  return kinds.some((k) => {
    if (!isObject(k)) return false;
    const groups = strings(k.apiGroups);
    const names = strings(k.kinds);
    const groupOk = groups.length === 0 || groups.includes('*') || groups.includes(o.group);
    const kindOk = names.length === 0 || names.includes('*') || names.includes(o.kind);
    return groupOk && kindOk;
  });
}

/** The namespace an object is judged in: its own name for a Namespace, its namespace (default) otherwise. */
function namespaceOf(o: KubeObject): string | undefined {
  if (o.kind === 'Namespace') return o.name;
  return o.clusterScoped ? undefined : (o.namespace ?? 'default');
}

function namespacesMatch(match: Json, o: KubeObject): boolean {
  const ns = namespaceOf(o);
  if (ns === undefined) return true;
  const included = strings(match.namespaces);
  if (included.length > 0 && !included.some((p) => globMatches(p, ns))) return false;
  return !strings(match.excludedNamespaces).some((p) => globMatches(p, ns));
}

function scopeMatches(scope: unknown, o: KubeObject): boolean {
  if (scope === 'Cluster') return o.clusterScoped;
  if (scope === 'Namespaced') return !o.clusterScoped;
  return true;
}

/** Gatekeeper's review of an object being created, as gator builds it. */
function reviewOf(o: KubeObject): Json {
  return {
    kind: { group: o.group, version: o.version, kind: o.kind },
    name: o.name,
    namespace: o.namespace ?? '',
    operation: 'CREATE',
    object: o.object,
    userInfo: { username: 'plangate' },
  };
}

/** The objects a constraint's match selects among `objects`. */
export function constraintTargets(match: unknown, objects: readonly KubeObject[]): ConstraintTargets {
  const m = isObject(match) ? match : {};
  const namespaceLabels = new Map(objects.filter((o) => o.kind === 'Namespace').map((o) => [o.name, o.labels]));
  const out: ConstraintTargets = { reviews: [], undecided: [] };
  for (const o of objects) {
    if (!kindsMatch(m.kinds, o) || !scopeMatches(m.scope, o) || !namespacesMatch(m, o)) continue;
    if (typeof m.name === 'string' && !globMatches(m.name, o.name)) continue;
    if (!selectorMatches(m.labelSelector, o.labels)) continue;
    if (m.namespaceSelector !== undefined) {
      const ns = namespaceOf(o);
      if (ns === undefined) continue;
      const labels = o.kind === 'Namespace' ? o.labels : namespaceLabels.get(ns);
      if (!labels) {
        out.undecided.push({ id: o.id, reason: `the constraint selects namespaces by label and the Namespace ${ns} is not among the inputs, so its labels are unknown` });
        continue;
      }
      if (!selectorMatches(m.namespaceSelector, labels)) continue;
    }
    out.reviews.push({ id: o.id, review: reviewOf(o) });
  }
  return out;
}

/** Gatekeeper's replicated data: data.inventory.namespace[ns][apiVersion][kind][name] and .cluster[apiVersion][kind][name]. */
export function inventoryOf(objects: readonly KubeObject[]): Json {
  const cluster: Json = {};
  const namespace: Json = {};
  const put = (root: Json, path: string[], value: unknown): void => {
    let at = root;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Json;
    at[path[path.length - 1]] = value;
  };
  for (const o of objects) {
    const apiVersion = String(o.object.apiVersion);
    if (o.clusterScoped) put(cluster, [apiVersion, o.kind, o.name], o.object);
    else put(namespace, [o.namespace ?? 'default', apiVersion, o.kind, o.name], o.object);
  }
  return { cluster, namespace };
}
