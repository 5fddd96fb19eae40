// Issue 19, promise 9: the Action's `baseline: artifact` uses only an artifact uploaded by a push run of the base
// branch in this repository (a fork's run named `main` or a pull request's run is never chosen), and only when its
// report verifies (digest; signature when baseline-public-key is set). Against a fake GitHub API.
import { generateKeyPairSync } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { resolveBaseline } from '../../src/action/baseline';
import type { RunEvent } from '../../src/action/event';
import { sealReport, type ReportModel } from '../../src/report';
import { demoModel } from '../report/report-fixtures';
import { startFakeGitHub, type FakeGitHub, type Route } from './github-api-server';
import { writeZip } from './zip-writer';

const REPO_ID = 4242;
const FORK_ID = 6666;
const EVENT: RunEvent = { owner: 'octo', repo: 'infra', repositoryId: REPO_ID, eventName: 'pull_request', headSha: 'abc', pullNumber: 7, baseBranch: 'main', runId: 999, workspace: '.', serverUrl: 'https://github.com' };
const keys = generateKeyPairSync('ed25519');
const PUBLIC_PEM = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** One artifact and the run that uploaded it. */
interface Upload {
  artifactId: number;
  runId: number;
  event: string;
  headRepositoryId: number;
  branch: string;
  report: ReportModel | string;
}

function zipOf(report: ReportModel | string): Buffer {
  return writeZip([{ name: 'report.json', data: Buffer.from(typeof report === 'string' ? report : JSON.stringify(report)) }]);
}

function routes(uploads: Upload[]): Route[] {
  const json = (body: unknown) => ({ status: 200, json: body });
  return [
    {
      method: 'GET',
      path: /^\/repos\/octo\/infra\/actions\/artifacts$/,
      reply: () => json({
        total_count: uploads.length,
        artifacts: uploads.map((u) => ({ id: u.artifactId, name: 'plangate-report', expired: false, workflow_run: { id: u.runId, head_branch: u.branch, repository_id: REPO_ID, head_repository_id: u.headRepositoryId } })),
      }),
    },
    {
      method: 'GET',
      path: /^\/repos\/octo\/infra\/actions\/runs\/(\d+)$/,
      reply: (_r, m) => {
        const u = uploads.find((x) => x.runId === Number(m[1]))!;
        return json({ id: u.runId, event: u.event, head_branch: u.branch, repository: { id: REPO_ID }, head_repository: { id: u.headRepositoryId } });
      },
    },
    { method: 'GET', path: /^\/repos\/octo\/infra\/actions\/artifacts\/(\d+)\/zip$/, reply: (_r, m) => ({ status: 302, headers: { location: `/blob/${m[1]}.zip` } }) },
    { method: 'GET', path: /^\/blob\/(\d+)\.zip$/, reply: (_r, m) => ({ status: 200, bytes: zipOf(uploads.find((u) => u.artifactId === Number(m[1]))!.report) }) },
  ];
}

/** The outcome with its note field always present (undefined when a report was found). */
type Outcome = { report?: ReportModel; note?: string };

async function baselineFrom(uploads: Upload[], publicKey?: string): Promise<{ outcome: Outcome; server: FakeGitHub }> {
  const server = await startFakeGitHub(routes(uploads));
  try {
    const octokit = getOctokit('token', { baseUrl: server.url });
    return { outcome: await resolveBaseline({ kind: 'artifact', name: 'plangate-report' }, octokit, EVENT, publicKey), server };
  } finally {
    await server.close();
  }
}

/** Reports told apart by their timestamp. */
function report(tag: string, signed = false): ReportModel {
  return sealReport({ ...demoModel(), generatedAt: tag }, signed ? keys.privateKey : undefined);
}

const trusted = (over: Partial<Upload> = {}): Upload => ({ artifactId: 77, runId: 555, event: 'push', headRepositoryId: REPO_ID, branch: 'main', report: report('2026-01-01T00:00:00Z'), ...over });

test('a fork\'s run named main and a pull request\'s run are passed over for the push run of this repository', async () => {
  const { outcome, server } = await baselineFrom([
    { artifactId: 90, runId: 700, event: 'pull_request', headRepositoryId: FORK_ID, branch: 'main', report: report('2026-09-09T00:00:00Z') },
    { artifactId: 80, runId: 600, event: 'pull_request', headRepositoryId: REPO_ID, branch: 'main', report: report('2026-08-08T00:00:00Z') },
    trusted(),
  ]);
  expect(outcome.report?.generatedAt).toBe('2026-01-01T00:00:00Z');
  // The fork's artifact is excluded from its record alone; the pull request's by its run's event.
  expect(server.requests.filter((r) => /\/actions\/runs\/\d+$/.test(r.path)).map((r) => r.path)).toEqual(['/repos/octo/infra/actions/runs/600', '/repos/octo/infra/actions/runs/555']);
  expect(server.requests.some((r) => r.path.includes('/artifacts/90/'))).toBe(false);
});

test('with only untrusted artifacts there is no baseline, and the note says why', async () => {
  const { outcome } = await baselineFrom([{ artifactId: 90, runId: 700, event: 'push', headRepositoryId: FORK_ID, branch: 'main', report: report('x') }]);
  expect(outcome.report).toBeUndefined();
  expect(outcome.note).toBe('no unexpired artifact "plangate-report" from a push to branch main of this repository was found; every failure counts as new');
});

test('a baseline report altered after it was written is not used', async () => {
  const altered = { ...report('2026-01-01T00:00:00Z'), verdict: 'pass' as const };
  const { outcome } = await baselineFrom([trusted({ report: altered })]);
  expect(outcome.report).toBeUndefined();
  expect(outcome.note).toMatch(/failed verification \(digest mismatch: .*\), so it is not used; every failure counts as new$/);
});

test('a duplicate key in the baseline report is refused', async () => {
  const text = JSON.stringify(report('2026-01-01T00:00:00Z')).replace('"verdict":', '"verdict":"pass","verdict":');
  const { outcome } = await baselineFrom([trusted({ report: text })]);
  expect(outcome.report).toBeUndefined();
  expect(outcome.note).toMatch(/duplicate key "verdict"/);
});

test('with baseline-public-key, the report must be signed by that key', async () => {
  const unsigned = await baselineFrom([trusted()], PUBLIC_PEM);
  expect(unsigned.outcome.report).toBeUndefined();
  expect(unsigned.outcome.note).toMatch(/failed verification \(the report is not signed\)/);
  const signed = await baselineFrom([trusted({ report: report('2026-01-01T00:00:00Z', true) })], PUBLIC_PEM);
  expect(signed.outcome.report?.generatedAt).toBe('2026-01-01T00:00:00Z');
});
