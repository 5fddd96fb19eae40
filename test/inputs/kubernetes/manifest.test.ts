// Kubernetes manifests on plangate's own fixtures: the uniform pod view of every workload kind, cluster-scoped
// addresses, CRD instances passed through, *List kinds in JSON, CRLF and UTF-16 text, and first-key lines.
import { readInputsSync, type Resource } from '../../../src/inputs';

const FIX = 'fixtures/inputs/kubernetes';
const read = (file: string) => {
  const result = readInputsSync([`${FIX}/${file}`]);
  expect(result.diagnostics).toEqual([]);
  return result.document.resources;
};
const find = (resources: Resource[], address: string): Resource => {
  const r = resources.find((x) => x.address === address);
  if (!r) throw new Error(`no object ${address}`);
  return r;
};

describe('workloads: one pod view for every kind', () => {
  const resources = read('workloads.yaml');

  test.each([
    ['Pod/apps/solo', 2, ['initContainer:init', 'container:app', 'ephemeralContainer:debugger']],
    ['Deployment/default/web', 18, ['container:web']],
    ['StatefulSet/default/db', 34, ['container:db']],
    ['DaemonSet/default/agent', 45, ['container:agent']],
    ['ReplicaSet/default/rs', 56, ['container:rs']],
    ['Job/default/migrate', 67, ['initContainer:wait', 'container:migrate']],
    ['CronJob/default/nightly', 81, ['container:report']],
    ['ReplicationController/default/legacy', 98, ['container:legacy']],
  ])('%s (line %i)', (address, line, containers) => {
    const r = find(resources, address);
    expect(r.line).toBe(line);
    expect(r.pod?.containers.map((c) => `${c.containerType}:${c.name}`).sort()).toEqual([...containers].sort());
    expect(r.pod?.spec.containers).toBeDefined();
  });

  test('pod metadata is the template metadata; kinds without pods have no pod view', () => {
    expect(find(resources, 'Deployment/default/web').pod?.metadata).toEqual({ labels: { app: 'web' } });
    expect(find(resources, 'CronJob/default/nightly').pod?.metadata).toEqual({ labels: { job: 'nightly' } });
    expect(find(resources, 'Pod/apps/solo').pod?.metadata).toEqual({ name: 'solo', namespace: 'apps' });
    expect(find(resources, 'ConfigMap/default/settings').pod).toBeUndefined();
  });

  test('labels are the tags; the object is kept whole in values', () => {
    const web = find(resources, 'Deployment/default/web');
    expect(web).toMatchObject({ labels: { owner: 'team-a' }, tags: { owner: 'team-a' }, taggable: true, namespace: 'default', apiVersion: 'apps/v1' });
    expect(web.values.kind).toBe('Deployment');
    // the container list is a view: the object's own containers carry no containerType
    expect((web.values.spec as { template: { spec: { containers: Array<Record<string, unknown>> } } }).template.spec.containers[0].containerType).toBeUndefined();
  });
});

describe('scope', () => {
  const resources = read('cluster-scoped.yaml');

  test('cluster-scoped kinds are Kind/name without namespace; others Kind/namespace/name', () => {
    expect(resources.map((r) => r.address)).toEqual([
      'Namespace/prd-apps', 'ClusterRole/reader', 'PersistentVolume/pv1', 'StorageClass/fast',
      'CustomResourceDefinition/certificates.cert-manager.io', 'PriorityClass/high', 'IngressClass/nginx',
      'ValidatingWebhookConfiguration/guard', 'Certificate/web/site',
    ]);
    expect(resources.filter((r) => r.kind !== 'Certificate').every((r) => r.namespace === undefined)).toBe(true);
  });

  test('a CRD instance passes through untouched', () => {
    const cert = find(resources, 'Certificate/web/site');
    expect(cert).toMatchObject({ apiVersion: 'cert-manager.io/v1', namespace: 'web', line: 54 });
    expect(cert.values.spec).toEqual({ secretName: 'site-tls', dnsNames: ['example.com'], 'x-custom': { nested: [1, 2, { deep: true }] } });
  });
});

describe('lists, encodings and lines', () => {
  test('a JSON *List is unpacked; each item has its own first-key line', () => {
    const resources = read('service-list.json');
    expect(resources.map((r) => `${r.address}@${r.line}`)).toEqual(['Service/one/a@6', 'Service/default/b@12']);
  });

  test('CRLF: comments before a document do not count towards its line', () => {
    expect(read('crlf.yaml').map((r) => `${r.address}@${r.line}`)).toEqual(['ConfigMap/default/crlf@4', 'Secret/default/crlf-secret@12']);
  });

  test.each([
    ['utf16le.yaml', 'Namespace/utf16@2'],
    ['bom.yaml', 'Namespace/bom@1'],
  ])('%s is read', (file, expected) => {
    expect(read(file).map((r) => `${r.address}@${r.line}`)).toEqual([expected]);
  });
});
