// End to end: the committed bundle runs as GitHub runs it (child process, GITHUB_* variables, event payload,
// INPUT_* variables) against a recording GitHub API on 127.0.0.1; the test asserts the check run, its batched
// annotations, the job summary, the outputs, the comment, the baseline artifact and the exit code.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../src/report';
import { commentMarker } from '../../src/action/comment';
import { BUNDLE, HEAD_SHA, makeWorkspace, MERGE_SHA, PR_NUMBER, PUSH, REPO_ROOT, REPOSITORY_ID, runBundledAction, TOKEN, type ActionRun, type RunEventSpec } from './action-process';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest, type Reply, type Route } from './github-api-server';
import { writeZip } from './zip-writer';

jest.setTimeout(180_000);

const CHECK_RUN_ID = 4242;
const ARTIFACT_ID = 77;
const REPO = '/repos/octo/infra';

/** A privileged DaemonSet breaking most workload rules: several of them push the run past 50 failures. */
function badDaemonSet(i: number): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: debugger-${i}
  namespace: prd-tools
spec:
  selector:
    matchLabels: { app: debugger-${i} }
  template:
    metadata:
      labels: { app: debugger-${i} }
    spec:
      hostNetwork: true
      containers:
        - name: shell
          image: busybox:latest
          securityContext:
            privileged: true
          env:
            - name: API_TOKEN
              value: "plain-${i}"
`;
}

/** A workspace holding the demo's Terraform plan and sources plus `count` failing DaemonSets. */
function failingWorkspace(count: number): string {
  const ws = makeWorkspace();
  mkdirSync(join(ws, 'infra'));
  for (const f of ['plan.json', 'main.tf']) copyFileSync(join(REPO_ROOT, 'fixtures', 'demo', 'terraform', f), join(ws, 'infra', f));
  mkdirSync(join(ws, 'k8s'));
  writeFileSync(join(ws, 'k8s', 'tools.yaml'), Array.from({ length: count }, (_, i) => badDaemonSet(i)).join('---\n'));
  return ws;
}

function compliantWorkspace(): string {
  const ws = makeWorkspace();
  mkdirSync(join(ws, 'k8s'));
  copyFileSync(join(__dirname, 'fixtures', 'compliant.yaml'), join(ws, 'k8s', 'app.yaml'));
  return ws;
}

interface ApiOptions {
  checkRunStatus?: number;
  artifactZip?: Buffer;
  existingComment?: string;
}

function json(status: number, body: unknown): Reply {
  return { status, json: body };
}

/** The routes the Action may call; check-run creation answers 403 when asked (a fork's read-only token). */
function apiRoutes(options: ApiOptions): Route[] {
  const own = { repository_id: REPOSITORY_ID, head_repository_id: REPOSITORY_ID };
  const artifact = { id: ARTIFACT_ID, name: 'plangate-report', expired: false, workflow_run: { id: 555, head_branch: 'main', ...own } };
  const other = { id: 76, name: 'plangate-report', expired: false, workflow_run: { id: 556, head_branch: 'feature/y', ...own } };
  return [
    { method: 'POST', path: /^\/repos\/octo\/infra\/check-runs$/, reply: () => (options.checkRunStatus === 403 ? json(403, { message: 'Resource not accessible by integration' }) : json(201, { id: CHECK_RUN_ID })) },
    { method: 'PATCH', path: /^\/repos\/octo\/infra\/check-runs\/(\d+)$/, reply: (_r, m) => json(200, { id: Number(m[1]) }) },
    { method: 'GET', path: /^\/repos\/octo\/infra\/actions\/artifacts$/, reply: () => json(200, { total_count: options.artifactZip ? 2 : 0, artifacts: options.artifactZip ? [other, artifact] : [] }) },
    // The run behind the artifact: a push to main of this repository, the only kind of run a baseline may come from.
    { method: 'GET', path: /^\/repos\/octo\/infra\/actions\/runs\/555$/, reply: () => json(200, { id: 555, event: 'push', head_branch: 'main', repository: { id: REPOSITORY_ID }, head_repository: { id: REPOSITORY_ID } }) },
    // GitHub redirects the download to blob storage; the fake redirects to itself.
    { method: 'GET', path: /^\/repos\/octo\/infra\/actions\/artifacts\/(\d+)\/zip$/, reply: (_r, m) => ({ status: 302, headers: { location: `/blob/${m[1]}.zip` } }) },
    { method: 'GET', path: /^\/blob\/77\.zip$/, reply: () => ({ status: 200, bytes: options.artifactZip ?? Buffer.alloc(0) }) },
    { method: 'GET', path: /^\/repos\/octo\/infra\/issues\/\d+\/comments$/, reply: () => json(200, options.existingComment ? [{ id: 5, body: 'unrelated' }, { id: 99, body: options.existingComment }] : [{ id: 5, body: 'unrelated' }]) },
    { method: 'POST', path: /^\/repos\/octo\/infra\/issues\/\d+\/comments$/, reply: () => json(201, { id: 100 }) },
    { method: 'PATCH', path: /^\/repos\/octo\/infra\/issues\/comments\/(\d+)$/, reply: (_r, m) => json(200, { id: Number(m[1]) }) },
  ];
}

interface Scenario {
  run: ActionRun;
  api: RecordedRequest[];
  report: ReportModel;
}

/** Runs the Action against a fresh fake API; the report is read when the run wrote one. */
async function runRaw(ws: string, inputs: Record<string, string>, api: ApiOptions = {}, event?: RunEventSpec): Promise<{ run: ActionRun; api: RecordedRequest[] }> {
  workspaces.push(ws, `${ws}-runner`);
  const server: FakeGitHub = await startFakeGitHub(apiRoutes(api));
  try {
    return { run: await runBundledAction(ws, server.url, inputs, event), api: server.requests };
  } finally {
    await server.close();
  }
}

const workspaces: string[] = [];

async function runScenario(ws: string, inputs: Record<string, string>, api: ApiOptions = {}): Promise<Scenario> {
  const { run, api: requests } = await runRaw(ws, inputs, api);
  const reportPath = join(ws, 'plangate-report', 'report.json');
  if (!existsSync(reportPath)) throw new Error(`no report written; exit ${run.code}\n${run.stderr}\n${run.stdout}`);
  return { run, api: requests, report: JSON.parse(readFileSync(reportPath, 'utf8')) as ReportModel };
}

function calls(s: { api: RecordedRequest[] }, method: string, path: RegExp): RecordedRequest[] {
  return s.api.filter((r) => r.method === method && path.test(r.path));
}

interface AnnotationBody {
  path: string;
  start_line: number;
  annotation_level: string;
  title: string;
  message: string;
}

interface CheckUpdateBody {
  status?: string;
  conclusion?: string;
  output: { title: string; summary: string; annotations: AnnotationBody[] };
}

function annotated(report: ReportModel): number {
  return report.results.filter((r) => r.status === 'fail' || r.status === 'error' || r.status === 'unknown').length;
}

/** The workflow-command annotations of one level printed on stdout. */
function commands(stdout: string, level: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`));
}

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('action/dist/index.js is missing: run npm run build:action');
});

afterAll(() => {
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true });
});

describe('the bundled Action on a pull request', () => {
  let failing: Scenario;

  beforeAll(async () => {
    failing = await runScenario(failingWorkspace(4), { paths: 'infra/plan.json\nk8s' });
  });

  test('creates the check run on the head commit, then completes it as a failure', () => {
    const created = calls(failing, 'POST', /\/check-runs$/);
    expect(created).toHaveLength(1);
    expect(created[0].path).toBe(`${REPO}/check-runs`);
    expect(created[0].body).toMatchObject({ name: 'plangate', head_sha: HEAD_SHA, status: 'in_progress' });
    expect(created[0].headers.authorization).toBe(`token ${TOKEN}`);
    const updates = calls(failing, 'PATCH', /\/check-runs\/4242$/).map((r) => r.body as CheckUpdateBody);
    expect(updates.length).toBeGreaterThan(1);
    expect(updates.slice(0, -1).every((u) => u.conclusion === undefined && u.status === undefined)).toBe(true);
    expect(updates[updates.length - 1]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  test('sends every finding as an annotation, in batches of at most 50, most severe first', () => {
    const updates = calls(failing, 'PATCH', /\/check-runs\/4242$/).map((r) => r.body as CheckUpdateBody);
    const batches = updates.map((u) => u.output.annotations);
    const all = batches.flat();
    expect(annotated(failing.report)).toBeGreaterThan(50);
    expect(all).toHaveLength(annotated(failing.report));
    expect(batches.every((b) => b.length <= 50)).toBe(true);
    expect(batches.length).toBe(Math.ceil(all.length / 50));
    const levels = all.map((a) => a.annotation_level);
    expect(levels[0]).toBe('failure');
    expect([...levels].sort((a, b) => ['failure', 'warning', 'notice'].indexOf(a) - ['failure', 'warning', 'notice'].indexOf(b))).toEqual(levels);
    expect(all[0].title).toMatch(/\(critical\)/);
  });

  test('annotates Terraform findings on the .tf line of the resource block, Kubernetes findings on the manifest', () => {
    const all = calls(failing, 'PATCH', /\/check-runs\/4242$/).flatMap((r) => (r.body as CheckUpdateBody).output.annotations);
    const tf = readFileSync(join(failing.run.workspace, 'infra', 'main.tf'), 'utf8').split('\n');
    const rds = all.find((a) => a.message.startsWith('aws_db_instance.orders is publicly accessible'));
    expect(rds?.path).toBe('infra/main.tf');
    expect(tf[rds!.start_line - 1]).toMatch(/^resource "aws_db_instance" "orders"/);
    const k8s = all.find((a) => a.message.startsWith('DaemonSet/prd-tools/debugger-2:'));
    expect(k8s?.path).toBe('k8s/tools.yaml');
    const manifest = readFileSync(join(failing.run.workspace, 'k8s', 'tools.yaml'), 'utf8').split('\n');
    expect(manifest[k8s!.start_line - 1]).toBe('apiVersion: apps/v1');
    expect(manifest[k8s!.start_line + 2]).toBe('  name: debugger-2');
  });

  test('puts the Markdown report in the check run (within 65,535 characters) and the job summary', () => {
    const last = calls(failing, 'PATCH', /\/check-runs\/4242$/).pop()!.body as CheckUpdateBody;
    expect(last.output.summary.length).toBeLessThanOrEqual(65535);
    expect(last.output.summary).toContain('## plangate: ❌ **FAIL**');
    expect(last.output.title).toMatch(/failing results/);
    expect(failing.run.summary).toContain('## plangate: ❌ **FAIL**');
    expect(failing.run.summary).toContain(`| ${failing.report.summary.passed} | ${failing.report.summary.failed} |`);
  });

  test('writes the outputs and exits 1', () => {
    expect(failing.run.code).toBe(1);
    const s = failing.report.summary;
    expect(failing.run.outputs).toMatchObject({
      verdict: 'fail', passed: String(s.passed), failed: String(s.failed), waived: String(s.waived), errors: String(s.errors),
      'check-run-id': String(CHECK_RUN_ID),
      'report-json': 'plangate-report/report.json', 'report-html': 'plangate-report/report.html',
      'report-sarif': 'plangate-report/report.sarif', 'report-markdown': 'plangate-report/report.md',
    });
    for (const f of ['report.json', 'report.html', 'report.sarif', 'report.md']) expect(existsSync(join(failing.run.workspace, 'plangate-report', f))).toBe(true);
  });

  test('leaves annotations to the check run: no workflow commands for findings', () => {
    expect(commands(failing.run.stdout, 'error')).toEqual([]);
    expect(commands(failing.run.stdout, 'warning')).toEqual([]);
  });
});

describe('a pull request from a fork (read-only token)', () => {
  let fork: Scenario;

  beforeAll(async () => {
    fork = await runScenario(failingWorkspace(4), { paths: 'infra/plan.json\nk8s' }, { checkRunStatus: 403 });
  });

  test('does not fail for the 403: says so and keeps the verdict', () => {
    expect(calls(fork, 'PATCH', /\/check-runs\//)).toEqual([]);
    expect(fork.run.code).toBe(1);
    expect(fork.run.outputs).toMatchObject({ verdict: 'fail', 'check-run-id': '' });
    expect(fork.run.summary).toContain('No check run was created');
    expect(fork.run.stdout).toMatch(/^::warning title=plangate check run::No check run was created: the token may not create check runs \(HTTP 403/m);
  });

  test('falls back to workflow-command annotations within the per-step limits, most severe first', () => {
    const errors = commands(fork.run.stdout, 'error');
    const warnings = commands(fork.run.stdout, 'warning');
    expect(errors).toHaveLength(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(errors[0]).toMatch(/^::error title=plangate [a-z0-9-]+ \(critical\),file=[^,]+,line=\d+,endLine=\d+::/);
    expect(errors.some((l) => /file=infra\/main\.tf,line=\d+/.test(l))).toBe(true);
    expect(fork.run.stdout).toMatch(/more annotations not shown/);
  });
});

describe('a compliant change', () => {
  test('gives a successful check and exit 0', async () => {
    const ok = await runScenario(compliantWorkspace(), { paths: 'k8s' });
    expect(ok.run.code).toBe(0);
    const updates = calls(ok, 'PATCH', /\/check-runs\/4242$/).map((r) => r.body as CheckUpdateBody);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ status: 'completed', conclusion: 'success', output: { annotations: [] } });
    expect(updates[0].output.summary).toContain('## plangate: ✅ **PASS**');
    expect(ok.run.outputs).toMatchObject({ verdict: 'pass', failed: '0', errors: '0' });
    expect(ok.run.summary).toContain('✅ **PASS**');
  });
});

describe('new versus existing findings', () => {
  let base: ReportModel;

  beforeAll(async () => {
    // The base branch's run: the same infrastructure with two fewer failing DaemonSets.
    base = (await runScenario(failingWorkspace(2), { paths: 'infra/plan.json\nk8s', annotations: 'false' })).report;
  });

  function artifactOf(report: ReportModel): Buffer {
    return writeZip([
      { name: 'report.html', data: Buffer.from('<html></html>') },
      { name: 'report.json', data: Buffer.from(JSON.stringify(report)) },
    ]);
  }

  test('fetches the base branch artifact and, with fail-on-new-only, fails only on what the change introduces', async () => {
    const pr = await runScenario(
      failingWorkspace(4),
      { paths: 'infra/plan.json\nk8s', baseline: 'artifact', 'fail-on-new-only': 'true', comment: 'true' },
      { artifactZip: artifactOf(base) },
    );
    const listed = calls(pr, 'GET', /\/actions\/artifacts$/);
    expect(listed).toHaveLength(1);
    expect(listed[0].query.get('name')).toBe('plangate-report');
    expect(calls(pr, 'GET', /\/blob\/77\.zip$/)).toHaveLength(1);
    expect(pr.report.baseline?.counts.new).toBeGreaterThan(0);
    expect(pr.report.baseline?.counts.unchanged).toBeGreaterThan(0);
    const newFailures = pr.report.results.filter((r) => r.baseline === 'new' && r.status === 'fail');
    expect(newFailures.every((r) => r.resource.address.startsWith('DaemonSet/prd-tools/debugger-2') || r.resource.address.startsWith('DaemonSet/prd-tools/debugger-3'))).toBe(true);
    expect(pr.run.code).toBe(1);
    const last = calls(pr, 'PATCH', /\/check-runs\/4242$/).pop()!.body as CheckUpdateBody;
    expect(last.conclusion).toBe('failure');
    expect(last.output.summary).toMatch(/This change introduces \*\*\d+\*\* failing results, inherits \*\*\d+\*\* from the base branch and fixes \*\*0\*\*/);
    const all = calls(pr, 'PATCH', /\/check-runs\/4242$/).flatMap((r) => (r.body as CheckUpdateBody).output.annotations);
    expect(all.filter((a) => a.annotation_level === 'failure').every((a) => a.title.endsWith('· new'))).toBe(true);
    expect(pr.run.outputs.new).toBe(String(pr.report.results.filter((r) => r.baseline === 'new' && (r.status === 'fail' || r.status === 'error')).length));
    const comment = calls(pr, 'POST', /\/issues\/\d+\/comments$/);
    expect(comment).toHaveLength(1);
    expect(comment[0].path).toBe(`${REPO}/issues/${PR_NUMBER}/comments`);
    expect((comment[0].body as { body: string }).body.startsWith(commentMarker('plangate'))).toBe(true);
  });

  test('passes when the change introduces nothing, and updates its earlier comment in place', async () => {
    const pr = await runScenario(
      failingWorkspace(2),
      { paths: 'infra/plan.json\nk8s', baseline: 'artifact:plangate-report', 'fail-on-new-only': 'true', comment: 'true' },
      { artifactZip: artifactOf(base), existingComment: `${commentMarker('plangate')}\nold text` },
    );
    expect(pr.report.verdict).toBe('fail');
    expect(pr.run.code).toBe(0);
    expect(pr.run.outputs.verdict).toBe('pass');
    const last = calls(pr, 'PATCH', /\/check-runs\/4242$/).pop()!.body as CheckUpdateBody;
    expect(last.conclusion).toBe('success');
    expect(last.output.summary).toContain('`fail-on-new-only` is set');
    expect(calls(pr, 'POST', /\/issues\/\d+\/comments$/)).toEqual([]);
    const edited = calls(pr, 'PATCH', /\/issues\/comments\/99$/);
    expect(edited).toHaveLength(1);
    expect((edited[0].body as { body: string }).body).toContain('## plangate');
  });

  test('says so when the base branch has no artifact, and counts every failure as new', async () => {
    const pr = await runScenario(compliantWorkspace(), { paths: 'k8s', baseline: 'artifact' });
    expect(pr.run.code).toBe(0);
    expect(pr.run.summary).toContain('no unexpired artifact "plangate-report" from a push to branch main of this repository was found');
    expect(calls(pr, 'GET', /\/actions\/artifacts$/)).toHaveLength(1);
    expect(calls(pr, 'GET', /\/zip$/)).toEqual([]);
  });
});

describe('a configuration error', () => {
  test('completes the check run as a failure naming the problem, and exits 2 like the CLI', async () => {
    const ws = compliantWorkspace();
    writeFileSync(join(ws, 'plangate.yaml'), 'failOn: high\nfailOnn: low\n');
    const broken = await runRaw(ws, { paths: 'k8s' });
    expect(broken.run.code).toBe(2);
    const updates = calls(broken, 'PATCH', /\/check-runs\/4242$/).map((r) => r.body as CheckUpdateBody);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: 'plangate could not run' } });
    expect(updates[0].output.summary).toMatch(/plangate\.yaml:2.*failOnn/);
    expect(broken.run.stdout).toMatch(/^::error title=plangate config_error,file=plangate\.yaml,line=2::/m);
    expect(broken.run.outputs.verdict).toBe('error');
  });
});

describe('a push', () => {
  test('puts the check run on the pushed commit and writes no comment', async () => {
    const pushed = await runRaw(compliantWorkspace(), { paths: 'k8s', comment: 'true' }, {}, PUSH);
    expect(pushed.run.code).toBe(0);
    expect(calls(pushed, 'POST', /\/check-runs$/)[0].body).toMatchObject({ head_sha: MERGE_SHA });
    expect(calls(pushed, 'GET', /\/comments$/)).toEqual([]);
    expect(pushed.run.stdout).toMatch(/no pull-request comment: the event is not a pull request/);
  });
});
