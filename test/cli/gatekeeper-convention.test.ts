// Gatekeeper ConstraintTemplates and constraints (fixtures/gatekeeper) run through `plangate check` against sample
// objects: each constraint's results are what Gatekeeper (gator verify/test) gives for the same objects, with
// match by kind and apiGroup, namespaces (globs), excludedNamespaces, labelSelector and namespaceSelector, the
// inventory for uniqueness, enforcementAction, and a `version: v1` template.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runPlangate } from './run-cli';

const FIXTURES = join(REPO_ROOT, 'fixtures', 'gatekeeper');

interface ReportJson {
  verdict: string;
  results: { ruleId: string; status: string; enforcement?: string; message: string; details?: Record<string, unknown>; resource: { address: string } }[];
  policies: { id: string; title: string; description?: string }[];
}

let report: ReportJson;
let exitCode: number | null;
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'plangate-gatekeeper-'));
  const cli = runPlangate(['check', '--no-builtin', '-f', 'text,json,html,sarif,junit,markdown', '-o', out, 'objects', '-p', 'templates', '-p', 'constraints'], FIXTURES);
  exitCode = cli.code;
  report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportJson;
});

const outcomes = (ruleId: string): string[] =>
  report.results.filter((r) => r.ruleId === ruleId).map((r) => `${r.status} ${r.resource.address}${r.status === 'pass' ? '' : `: ${r.message}`}`).sort();

// What Gatekeeper admits and denies for each constraint, object by object (objects the match leaves out are absent).
const GATEKEEPER: Record<string, string[]> = {
  // kinds with apiGroups ("" Pods, apps Deployments); kube-system excluded.
  'K8sAllowedRepos/repo-is-example': [
    'fail Pod/shop/cart: container <cart> has an invalid image repo <docker.io/library/nginx:latest>, allowed repos are registry.example.com/',
    'pass Deployment/billing/orphan',
    'pass Deployment/sandbox/toy',
    'pass Deployment/shop/checkout',
  ],
  // cluster-scoped Namespaces; details kept; enforcementAction warn.
  'K8sRequiredLabels/ns-must-have-owner': ['fail Namespace/sandbox: you must provide labels: owner', 'pass Namespace/shop'],
  // namespaceSelector env=prod: shop is prod, sandbox is dev; billing's Namespace is not among the inputs.
  'K8sContainerLimits/limits-in-prod': [
    'fail Deployment/shop/checkout: container <checkout> has no memory limit',
    'unknown Deployment/billing/orphan: the constraint selects namespaces by label and the Namespace billing is not among the inputs, so its labels are unknown',
  ],
  // labelSelector NotIn public-lb leaves the edge Service out; the item of a List is reviewed like any object.
  'K8sBlockNodePort/block-node-port': [
    'fail Service/shop/debug-port: User is not allowed to create service of type NodePort',
    'fail Service/shop/legacy-port: User is not allowed to create service of type NodePort',
  ],
  // data.inventory holds every input Ingress: shop-a and shop-b share a host; dryrun is advisory and marked.
  'K8sUniqueIngressHost/unique-ingress-host': [
    'fail Ingress/sandbox/shop-b: [dryrun: Gatekeeper would only audit this] ingress host conflicts with an existing ingress <shop.example.com>',
    'fail Ingress/shop/shop-a: [dryrun: Gatekeeper would only audit this] ingress host conflicts with an existing ingress <shop.example.com>',
    'pass Ingress/shop/blog',
  ],
  // a v1 template (code[].source.version: v1); namespaces ["shop", "shop-*"] leave kube-system out.
  'K8sDisallowedTags/no-latest': ['fail Pod/shop/cart: container <cart> uses a disallowed tag <docker.io/library/nginx:latest>'],
};

describe('Gatekeeper convention (plangate check)', () => {
  test.each(Object.entries(GATEKEEPER))('%s', (ruleId, want) => {
    expect(outcomes(ruleId)).toEqual(want);
  });

  test('enforcementAction maps to enforcement: deny mandatory, warn and dryrun advisory', () => {
    const level = (ruleId: string): string[] => [...new Set(report.results.filter((r) => r.ruleId === ruleId).map((r) => r.enforcement ?? ''))];
    expect(level('K8sAllowedRepos/repo-is-example')).toEqual(['mandatory']);
    expect(level('K8sRequiredLabels/ns-must-have-owner')).toEqual(['advisory']);
    expect(level('K8sUniqueIngressHost/unique-ingress-host')).toEqual(['advisory']);
  });

  test('violation details are kept', () => {
    expect(report.results.find((r) => r.ruleId === 'K8sRequiredLabels/ns-must-have-owner' && r.status === 'fail')?.details).toEqual({ missing_labels: ['owner'] });
  });

  test('template title and description feed the rule', () => {
    const policy = report.policies.find((p) => p.id === 'K8sAllowedRepos/repo-is-example');
    expect(policy).toMatchObject({ title: 'Allowed Repositories (repo-is-example)', description: 'Requires container images to begin with a string from the specified list.' });
  });

  test('the run fails (exit 1) and every report format carries the <Kind>/<name> ids', () => {
    expect(exitCode).toBe(1);
    expect(report.verdict).toBe('fail');
    for (const file of readdirSync(out)) expect({ file, has: readFileSync(join(out, file), 'utf8').includes('K8sBlockNodePort/block-node-port') }).toEqual({ file, has: true });
  });

  test('a constraint without its template is a policy error (exit 4)', () => {
    const cli = runPlangate(['check', '--no-builtin', '-f', 'json', '-o', mkdtempSync(join(tmpdir(), 'plangate-gk-')), 'objects', '-p', 'constraints', '-p', 'templates/block-nodeport.yaml'], FIXTURES);
    expect(cli.stderr).toContain('policy_error: constraint K8sAllowedRepos/repo-is-example has no ConstraintTemplate of kind K8sAllowedRepos among the policies');
    expect(cli.code).toBe(4);
  });
});
