// The problems issue 16 names, checked end to end over fixtures/examples: each fails the rule meant for it, on the
// right resource and at the line where that resource is written.
import { join } from 'node:path';
import { check } from '../../src/engine';
import type { Result } from '../../src/report';
import { ensureLibraryBuilt } from './library-support';

const ROOT = join(__dirname, '..', '..');

interface Example {
  file: string;
  ruleId: string;
  address: string;
  line: number;
  /** The file the line is in, when it is not the input itself (a Terraform resource's .tf source). */
  sourceFile?: string;
}

const GCP_PLAN = join('fixtures', 'examples', 'gcp-compute', 'plan.json');
const GCP_SOURCE = join('fixtures', 'examples', 'gcp-compute', 'main.tf');
const K8S = join('fixtures', 'examples', 'k8s-access.yaml');

const EXAMPLES: Example[] = [
  { file: GCP_PLAN, ruleId: 'google-compute-no-public-ip', address: 'google_compute_instance.app', line: 15, sourceFile: GCP_SOURCE },
  { file: GCP_PLAN, ruleId: 'google-subnet-flow-logs', address: 'google_compute_subnetwork.app', line: 7, sourceFile: GCP_SOURCE },
  { file: K8S, ruleId: 'k8s-rbac-no-wildcards', address: 'ClusterRole/ops-everything', line: 3 },
  { file: K8S, ruleId: 'k8s-rbac-cluster-admin-binding', address: 'ClusterRoleBinding/ci-admin', line: 12 },
  { file: K8S, ruleId: 'k8s-no-host-ports', address: 'DaemonSet/monitoring/node-agent', line: 25 },
];

const results = new Map<string, Result[]>();

beforeAll(async () => {
  ensureLibraryBuilt();
  for (const file of new Set(EXAMPLES.map((e) => e.file))) {
    const { report, diagnostics } = await check({ paths: [file], cwd: ROOT, cacheDir: false });
    expect(diagnostics).toEqual([]);
    results.set(file, report.results);
  }
});

describe('issue 16 examples', () => {
  it.each(EXAMPLES)('$ruleId fails $address at line $line', (e) => {
    const failures = (results.get(e.file) ?? []).filter((r) => r.ruleId === e.ruleId && r.status === 'fail');
    expect(failures.map((f) => f.resource.address)).toEqual([e.address]);
    expect(failures[0].resource.line).toBe(e.line);
    expect(failures[0].resource.sourceFile).toBe(e.sourceFile);
    expect(failures[0].message).toContain(e.address);
  });

  it('the compliant instance settings pass on the same plan', () => {
    const passing = ['google-compute-os-login', 'google-compute-shielded-vm', 'google-compute-serial-port-disabled'];
    for (const ruleId of passing) {
      expect((results.get(GCP_PLAN) ?? []).filter((r) => r.ruleId === ruleId).map((r) => r.status)).toEqual(['pass']);
    }
  });
});
