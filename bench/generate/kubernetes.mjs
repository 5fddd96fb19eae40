// Generates a large multi-document Kubernetes manifest from a seed: Deployments, StatefulSets, CronJobs, Services,
// ConfigMaps and Namespaces with labels, security contexts and Helm `# Source:` comments, as Helm renders them.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from './random.mjs';

const ENVS = ['dev', 'int', 'prd'];

function labels(r, n) {
  return `    owner: team-${r.int(1, 40)}\n    data-classification: ${r.pick(['public', 'internal', 'confidential', 'restricted'])}\n    app: app-${n}\n`;
}

function container(r, n, indent) {
  const pad = ' '.repeat(indent);
  return `${pad}- name: c${n}\n${pad}  image: registry.example.com/${r.pick(ENVS)}-app:${r.int(1, 9)}.${r.int(0, 20)}\n`
    + `${pad}  resources:\n${pad}    limits: {cpu: 500m, memory: 256Mi}\n`
    + `${pad}  securityContext:\n${pad}    runAsNonRoot: ${r.chance(0.8)}\n${pad}    allowPrivilegeEscalation: ${r.chance(0.1)}\n`;
}

const TEMPLATES = [
  (r, n) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${n}\n  namespace: ns-${n % 50}\n  labels:\n${labels(r, n)}spec:\n  replicas: ${r.int(1, 5)}\n  template:\n    metadata:\n      labels: {app: web-${n}}\n    spec:\n      containers:\n${container(r, n, 8)}`,
  (r, n) => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db-${n}\n  namespace: ns-${n % 50}\n  labels:\n${labels(r, n)}spec:\n  template:\n    spec:\n      initContainers:\n${container(r, n, 8)}      containers:\n${container(r, n + 1, 8)}`,
  (r, n) => `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: job-${n}\n  labels:\n${labels(r, n)}spec:\n  schedule: "0 ${r.int(0, 23)} * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n${container(r, n, 12)}`,
  (r, n) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${n}\n  namespace: ns-${n % 50}\nspec:\n  type: ${r.pick(['ClusterIP', 'NodePort', 'LoadBalancer'])}\n  ports:\n    - port: 443\n`,
  (r, n) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${n}\ndata:\n  key: "${r.hex(24)}"\n`,
  (r, n) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${r.pick(ENVS)}-ns-${n}\n  labels:\n${labels(r, n)}`,
];

/** Yields the manifest text in chunks; `objects` documents, drawn from `seed`. */
export function* kubernetesManifestChunks({ objects = 10_000, seed = 1 } = {}) {
  const r = seededRandom(seed);
  for (let n = 0; n < objects; n++) {
    const template = TEMPLATES[n % TEMPLATES.length];
    yield `---\n# Source: chart/templates/t${n % TEMPLATES.length}.yaml\n${template(r, n)}`;
  }
}

/** Writes a generated manifest to `path`; resolves with its size in bytes. */
export async function writeKubernetesManifest(path, options = {}) {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const chunk of kubernetesManifestChunks(options)) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
