// The uniform pod view of workloads: wherever a kind keeps its pod template (Pod itself, spec.template for
// Deployment-like kinds, spec.jobTemplate.spec.template for CronJob), policies find it at `pod` with every
// container, init container and ephemeral container in one list tagged with its containerType.
import type { JsonObject, PodView } from '../types';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where each workload kind keeps its pod template (metadata + spec), as a path from the object root. */
export const POD_TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

const CONTAINER_LISTS = [
  ['containers', 'container'],
  ['initContainers', 'initContainer'],
  ['ephemeralContainers', 'ephemeralContainer'],
] as const;

/** The pod view of a workload object, or undefined for kinds that run no pods (or a template without a spec). */
export function podView(kind: string, object: JsonObject): PodView | undefined {
  const path = POD_TEMPLATE_PATHS[kind];
  if (!path) return undefined;
  let template: unknown = object;
  for (const key of path) template = isObject(template) ? template[key] : undefined;
  if (!isObject(template) || !isObject(template.spec)) return undefined;
  const spec = template.spec;
  const containers: JsonObject[] = [];
  for (const [list, containerType] of CONTAINER_LISTS) {
    const entries = spec[list];
    if (Array.isArray(entries)) for (const c of entries) if (isObject(c)) containers.push({ ...c, containerType });
  }
  return { metadata: isObject(template.metadata) ? template.metadata : {}, spec, containers };
}
