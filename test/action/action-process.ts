// Runs the bundled Action as the runner does: `node action/dist/index.js` in the workspace, with the GITHUB_* and
// RUNNER_* variables, an event payload file and INPUT_* variables built from action.yml's defaults plus overrides.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const BUNDLE = join(REPO_ROOT, 'action', 'dist', 'index.js');
export const TOKEN = 'ghs_testtoken0123456789';
export const HEAD_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'b'.repeat(40);
export const PR_NUMBER = 17;
export const RUN_ID = 900001;

/** What one run of the Action left behind. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  workspace: string;
}

/** The INPUT_* variables the runner would set: every input's default (the token expression replaced), then overrides. */
export function inputVariables(overrides: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = name in overrides ? overrides[name] : (spec.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value === '${{ github.token }}' ? TOKEN : value;
  }
  return env;
}

/** Reads $GITHUB_OUTPUT as @actions/core writes it (`name<<DELIMITER`, value lines, `DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!head) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== head[2]; i++) value.push(lines[i]);
    out[head[1]] = value.join('\n');
  }
  return out;
}

/** The repository's numeric id in the payloads (artifacts of the baseline are traced to it). */
export const REPOSITORY_ID = 4242;

/** A pull_request event payload like GitHub's (only the fields the Action reads, plus a few for realism). */
export function pullRequestEvent(): object {
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: { number: PR_NUMBER, head: { sha: HEAD_SHA, ref: 'feature/x' }, base: { sha: 'c'.repeat(40), ref: 'main' } },
    repository: { id: REPOSITORY_ID, name: 'infra', full_name: 'octo/infra', default_branch: 'main', owner: { login: 'octo' } },
  };
}

/** A fresh workspace folder (the checkout) under the system temp folder. */
export function makeWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'plangate-action-'));
}

function baseEnvironment(): Record<string, string> {
  // Only what a runner provides: nothing of the host's GITHUB_* or proxies leaks into the run.
  const keep = ['PATH', 'HOME', 'LANG', 'SYSTEMROOT', 'TMPDIR'];
  const env: Record<string, string> = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  return env;
}

/** A push event payload (to the default branch). */
export function pushEvent(): object {
  return { ref: 'refs/heads/main', after: MERGE_SHA, repository: { id: REPOSITORY_ID, name: 'infra', full_name: 'octo/infra', default_branch: 'main', owner: { login: 'octo' } } };
}

/** The event a run sees: pull_request unless said otherwise. */
export interface RunEventSpec {
  name: 'pull_request' | 'push';
  payload: object;
  ref: string;
}

const PULL_REQUEST: RunEventSpec = { name: 'pull_request', payload: pullRequestEvent(), ref: `refs/pull/${PR_NUMBER}/merge` };
export const PUSH: RunEventSpec = { name: 'push', payload: pushEvent(), ref: 'refs/heads/main' };

/** Runs the bundle in `workspace` against the API at `apiUrl`; resolves when the process exits. */
export async function runBundledAction(workspace: string, apiUrl: string, inputs: Record<string, string>, event: RunEventSpec = PULL_REQUEST): Promise<ActionRun> {
  const runner = join(workspace, '..', `${workspace.split(/[\\/]/).pop()}-runner`);
  mkdirSync(runner, { recursive: true });
  const eventPath = join(runner, 'event.json');
  const summaryPath = join(runner, 'step-summary.md');
  const outputPath = join(runner, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env = {
    ...baseEnvironment(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.example.com',
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/infra',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REF: event.ref,
    GITHUB_HEAD_REF: 'feature/x',
    GITHUB_BASE_REF: 'main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_RUN_NUMBER: '3',
    GITHUB_WORKFLOW: 'compliance',
    GITHUB_JOB: 'plangate',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: join(runner, 'temp'),
    SOURCE_DATE_EPOCH: '1795000000',
    ...inputVariables(inputs),
  };
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    workspace,
  };
}
