// Every real Kubernetes manifest in fixtures/real/kubernetes: object addresses with their first-key lines,
// Helm origins, List items, and the uniform pod view, as PROVENANCE.md describes each file.
import { readInputsSync, type Resource } from '../../src/inputs';

const DIR = 'fixtures/real/kubernetes';

interface Expected {
  file: string;
  /** `address@line` of every object, in file order. */
  objects: string[];
  check?: (get: (address: string) => Resource, resources: Resource[]) => void;
}

const images = (r: Resource) => r.pod?.containers.map((c) => `${c.containerType}:${c.image}`);

const CASES: Expected[] = [
  {
    file: 'checkov__cloudwatch-agent-daemonset.yaml',
    objects: ['ConfigMap/amazon-cloudwatch/cwagentconfig@2', 'DaemonSet/amazon-cloudwatch/cloudwatch-agent@23', 'ServiceAccount/amazon-cloudwatch/cloudwatch-agent@107',
      'ClusterRole/cloudwatch-agent-role@114', 'ClusterRoleBinding/cloudwatch-agent-role-binding@140', 'ConfigMap/amazon-cloudwatch/cluster-info@153',
      'ConfigMap/amazon-cloudwatch/fluentd-config@173', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch@381', 'ServiceAccount/amazon-cloudwatch/fluentd@468',
      'ClusterRole/fluentd-role@475', 'ClusterRoleBinding/fluentd-role-binding@488'],
    check: (get) => {
      const agent = get('DaemonSet/amazon-cloudwatch/cloudwatch-agent');
      expect(images(agent)).toEqual(['container:amazon/cloudwatch-agent:latest']);
      const hostPaths = (agent.pod?.spec.volumes as Array<{ hostPath?: { path: string } }>).map((v) => v.hostPath?.path);
      expect(hostPaths).toEqual(expect.arrayContaining(['/', '/var/run/docker.sock', '/sys', '/dev/disk/']));
      const fluentd = get('DaemonSet/amazon-cloudwatch/fluentd-cloudwatch');
      expect(fluentd.apiVersion).toBe('extensions/v1beta1');
      expect(fluentd.pod?.containers.filter((c) => c.containerType === 'initContainer').map((c) => c.image)).toEqual(['busybox', 'busybox']);
      expect(get('ClusterRole/fluentd-role')).toMatchObject({ apiVersion: 'rbac.authorization.k8s.io/v1beta1' });
      expect(get('ClusterRole/fluentd-role').namespace).toBeUndefined();
    },
  },
  {
    file: 'checkov__cronjob-hostresources.yaml',
    objects: ['CronJob/default/hello@2'],
    check: (get) => {
      const cron = get('CronJob/default/hello');
      expect(cron.apiVersion).toBe('batch/v1beta1');
      expect(cron.pod?.spec).toMatchObject({ hostPID: true, hostIPC: true, hostNetwork: true });
      expect(images(cron)).toEqual(['container:busybox']);
      expect(cron.helmSource).toBeUndefined(); // a "# Source: https://..." comment is not Helm's
    },
  },
  {
    file: 'checkov__kube-dashboard-helm-rendered.yaml',
    objects: ['ServiceAccount/default/helm-kubernetes-dashboard@3', 'Secret/default/helm-kubernetes-dashboard@15', 'Role/default/helm-kubernetes-dashboard@28',
      'RoleBinding/default/helm-kubernetes-dashboard@101', 'Service/default/helm-kubernetes-dashboard@121', 'Deployment/default/helm-kubernetes-dashboard@142'],
    check: (get) => {
      expect(get('Role/default/helm-kubernetes-dashboard').helmSource).toBe('kubernetes-dashboard/templates/role.yaml');
      const deploy = get('Deployment/default/helm-kubernetes-dashboard');
      expect(deploy.helmSource).toBe('kubernetes-dashboard/templates/deployment.yaml');
      expect((deploy.values.metadata as Record<string, unknown>).namespace).toBeUndefined(); // defaulted in the address only
      expect(deploy.pod?.containers[0].securityContext).toBeUndefined();
    },
  },
  {
    file: 'checkov__tiller-deployment.json',
    objects: ['Deployment/kube-system/tiller-deploy@2'],
    check: (get) => {
      const tiller = get('Deployment/kube-system/tiller-deploy');
      expect(images(tiller)).toEqual(['container:gcr.io/kubernetes-helm/tiller:v2.8.0']);
      expect(tiller.values.status).toEqual({});
      expect((tiller.values.metadata as Record<string, unknown>).creationTimestamp).toBeNull();
      expect(tiller.pod?.containers[0].resources).toEqual({});
    },
  },
  {
    file: 'checkov__tiller-services-kind-list.yaml',
    objects: ['Service/default/flask-svc@3', 'Service/kube-system/tiller-deploy@23', 'Service/kube-system/tiller-deploy@46'],
    check: (_get, resources) => {
      expect(resources[0].values.spec).toMatchObject({ type: 'NodePort', ports: [expect.objectContaining({ nodePort: 32061 })] });
      expect(resources[1].values.spec).toMatchObject({ ports: [expect.objectContaining({ port: 44134 })] });
      // two objects with one address stay distinct in the run
      expect(new Set(resources.map((r) => r.id)).size).toBe(3);
    },
  },
  {
    file: 'conftest__deployment+service.yaml',
    objects: ['Deployment/default/hello-kubernetes@1', 'Service/default/hello-kubernetes@21'],
    check: (get) => {
      expect(get('Deployment/default/hello-kubernetes').values.spec).toMatchObject({ replicas: 3 });
      expect(get('Service/default/hello-kubernetes').values.spec).toMatchObject({ type: 'LoadBalancer' });
    },
  },
  {
    file: 'kubernetes-examples__cassandra-statefulset.yaml',
    objects: ['StatefulSet/default/cassandra@1', 'StorageClass/fast@109'],
    check: (get) => {
      const c = get('StatefulSet/default/cassandra').pod!.containers[0];
      expect(c).toMatchObject({ imagePullPolicy: 'Always', securityContext: { capabilities: { add: ['IPC_LOCK'] } } });
      expect(get('StorageClass/fast').namespace).toBeUndefined();
    },
  },
  {
    file: 'kubernetes-examples__guestbook-all-in-one.yaml',
    objects: ['Service/default/redis-master@1', 'Deployment/default/redis-master@18', 'Service/default/redis-replica@46', 'Deployment/default/redis-replica@62',
      'Service/default/frontend@98', 'Deployment/default/frontend@117'],
    check: (get) => {
      const c = get('Deployment/default/frontend').pod!.containers[0];
      expect(c.resources).toHaveProperty('requests');
      expect(c.resources).not.toHaveProperty('limits');
      expect(get('Service/default/frontend').values.spec).toMatchObject({ type: 'NodePort' });
    },
  },
  {
    file: 'kubernetes-examples__https-nginx-app.yaml',
    objects: ['Service/default/nginxsvc@1', 'ReplicationController/default/my-nginx@19'],
    check: (get) => {
      const rc = get('ReplicationController/default/my-nginx');
      expect(rc.pod?.containers[0].livenessProbe).toBeDefined();
      expect((rc.pod?.spec.volumes as Array<Record<string, unknown>>).map((v) => Object.keys(v).filter((k) => k !== 'name')[0])).toEqual(['secret', 'configMap']);
    },
  },
  {
    file: 'kubernetes-examples__meteor-controller.json',
    objects: ['ReplicationController/default/meteor-controller@2'],
    check: (get) => {
      const rc = get('ReplicationController/default/meteor-controller');
      expect(rc.values.spec).toMatchObject({ replicas: 2 });
      expect(images(rc)).toEqual(['container:chees/meteor-gke-example:latest']);
    },
  },
  {
    file: 'kubernetes-examples__newrelic-daemonset.yaml',
    objects: ['DaemonSet/default/newrelic-agent@1'],
    check: (get) => {
      const ds = get('DaemonSet/default/newrelic-agent');
      expect(ds.pod?.spec).toMatchObject({ hostPID: true, hostIPC: true, hostNetwork: true });
      expect(ds.pod?.containers[0]).toMatchObject({ image: 'newrelic/nrsysmond', securityContext: { privileged: true } });
    },
  },
  {
    file: 'kubernetes-examples__tf-serving-ingress.yaml',
    objects: ['Ingress/default/tf-serving-ingress@1'],
    check: (get) => {
      const ing = get('Ingress/default/tf-serving-ingress');
      expect(ing.apiVersion).toBe('networking.k8s.io/v1');
      expect(ing.annotations).toHaveProperty(['nginx.ingress.kubernetes.io/rewrite-target']);
      expect(ing.values.spec).not.toHaveProperty('tls');
      expect(ing.pod).toBeUndefined();
    },
  },
  {
    file: 'kubernetes-examples__vllm-deployment.yaml',
    objects: ['Deployment/default/vllm-gemma-deployment@1'],
    check: (get) => {
      const c = get('Deployment/default/vllm-gemma-deployment').pod!.containers[0];
      expect(c.image).toBe('vllm/vllm-openai:v0.11.0');
      expect(c.resources).toMatchObject({ limits: { 'nvidia.com/gpu': '1' } }); // quoted in the file
      expect(get('Deployment/default/vllm-gemma-deployment').pod?.spec.nodeSelector).toBeUndefined();
    },
  },
  {
    file: 'polaris__failing_test.cronjob.yaml',
    objects: ['CronJob/default/test@1'],
    check: (get) => expect(get('CronJob/default/test').pod?.containers[0]).toMatchObject({ image: 'busybox:uclibc', securityContext: { allowPrivilegeEscalation: true } }),
  },
  {
    file: 'polaris__failing_test.daemonset.yaml',
    objects: ['DaemonSet/default/fluentd-elasticsearch@1'],
    check: (get) => {
      const ds = get('DaemonSet/default/fluentd-elasticsearch');
      expect(ds.pod?.containers[0].securityContext).toMatchObject({ allowPrivilegeEscalation: true });
      expect((ds.pod?.spec.tolerations as Array<Record<string, unknown>>).some((t) => t.effect === null)).toBe(true);
    },
  },
  {
    file: 'polaris__failing_test.pod.yaml',
    objects: ['Pod/default/nginx-2@1'],
    check: (get) => expect(images(get('Pod/default/nginx-2'))).toEqual(['container:nginx:latest']),
  },
  {
    file: 'polaris__helm-rendered-multi.yaml',
    objects: ['Namespace/polaris@3', 'Deployment/polaris/polaris-dashboard@9', 'Namespace/polaris-2@48'],
    check: (get) => {
      expect(get('Namespace/polaris').helmSource).toBe('polaris/templates/namespace.yaml');
      expect(get('Deployment/polaris/polaris-dashboard').helmSource).toBe('polaris/templates/dashboard.deployment.yaml');
      expect(get('Namespace/polaris-2').helmSource).toBe('polaris/templates/namespace.yaml');
      expect(get('Deployment/polaris/polaris-dashboard').pod?.containers[0].image).toMatch(/:master$/);
    },
  },
  {
    file: 'polaris__passing_test.statefulset.yaml',
    objects: ['Service/default/nginx@1', 'StatefulSet/default/web@15'],
    check: (get) => expect(get('StatefulSet/default/web').pod?.containers[0].securityContext).toMatchObject({
      allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] },
    }),
  },
  {
    file: 'regula__privileged_containers_invalid.yaml',
    objects: ['Pod/default/privileged@1'],
    check: (get) => {
      const pod = get('Pod/default/privileged');
      expect(pod.pod?.containers).toHaveLength(2);
      expect(pod.pod?.containers.find((c) => c.name === 'pause2')?.securityContext).toMatchObject({ privileged: true });
    },
  },
  {
    file: 'regula__root_containers_invalid.yaml',
    objects: ['Pod/default/invalid1@3', 'Pod/default/invalid2@15', 'Pod/default/invalid3@30', 'Pod/default/invalid4@46', 'Pod/default/invalid5@58'],
  },
];

describe('real Kubernetes manifests', () => {
  test('the table covers every file in the directory', () => {
    const { inputs, diagnostics } = readInputsSync([DIR]);
    expect(diagnostics).toEqual([]);
    expect(inputs.map((i) => i.path.split('/').pop()).sort()).toEqual(CASES.map((c) => c.file).sort());
  });

  test.each(CASES)('$file', (c) => {
    const path = `${DIR}/${c.file}`;
    const { document: doc, inputs, diagnostics } = readInputsSync([path]);
    expect(diagnostics).toEqual([]);
    expect(inputs).toEqual([expect.objectContaining({ path, type: 'kubernetes', resources: c.objects.length })]);
    expect(doc.resources.map((r) => `${r.address}@${r.line}`)).toEqual(c.objects);
    expect(doc.deleted).toEqual([]);
    for (const r of doc.resources) {
      expect(r).toMatchObject({ source: 'kubernetes', file: path, action: 'none', type: r.kind, name: (r.values.metadata as { name: string }).name });
      expect(r.tags).toEqual(r.labels ?? {});
    }
    const get = (address: string) => {
      const found = doc.resources.find((r) => r.address === address);
      if (!found) throw new Error(`no object ${address}`);
      return found;
    };
    c.check?.(get, doc.resources);
  });
});
