// The check run on the pull request's head commit (Checks API): created in progress before the check, then completed
// with the conclusion, the Markdown summary and the annotations, at most 50 per request as the API requires.
import { errorText } from '../diagnostics';
import type { getOctokit } from '@actions/github';
import type { FindingAnnotation } from './annotations';
import type { RunEvent } from './event';

/** The toolkit's authenticated client. */
export type Octokit = ReturnType<typeof getOctokit>;

/** Annotations the Checks API accepts in one request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations sent in all: beyond this the summary and report files carry the rest, and the run stays quick. */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** Longest output.title / output.summary the Checks API accepts. */
export const CHECK_TITLE_LIMIT = 255;
export const CHECK_SUMMARY_LIMIT = 65535;

/** The check run's final state. */
export interface CheckRunOutcome {
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  annotations: readonly FindingAnnotation[];
}

/** Why a check run could not be created: the caller falls back to workflow commands. */
export interface CheckRunRefused {
  refused: true;
  status?: number;
  reason: string;
}

function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function refusal(err: unknown): CheckRunRefused {
  const status = statusOf(err);
  if (status === 403) {
    return { refused: true, status, reason: 'the token may not create check runs (HTTP 403: a pull request from a fork gets a read-only token, or the workflow lacks `checks: write`)' };
  }
  return { refused: true, ...(status !== undefined ? { status } : {}), reason: `the Checks API failed: ${errorText(err)}` };
}

/** Creates the check run in progress; returns its id, or why it could not. */
export async function startCheckRun(octokit: Octokit, event: RunEvent, name: string): Promise<number | CheckRunRefused> {
  try {
    const created = await octokit.rest.checks.create({
      owner: event.owner,
      repo: event.repo,
      name,
      head_sha: event.headSha,
      status: 'in_progress',
      started_at: new Date().toISOString(),
    });
    return created.data.id;
  } catch (err) {
    return refusal(err);
  }
}

/** Splits annotations into the API's batches; always at least one (possibly empty) batch so the run is completed. */
export function annotationBatches(annotations: readonly FindingAnnotation[]): FindingAnnotation[][] {
  const sent = annotations.slice(0, MAX_CHECK_ANNOTATIONS);
  const batches: FindingAnnotation[][] = [];
  for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST) batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches.length > 0 ? batches : [[]];
}

/** Sends the annotations batch by batch (the API appends them) and completes the run with the last batch. */
export async function completeCheckRun(octokit: Octokit, event: RunEvent, checkRunId: number, outcome: CheckRunOutcome): Promise<void> {
  const batches = annotationBatches(outcome.annotations);
  const output = { title: outcome.title.slice(0, CHECK_TITLE_LIMIT), summary: outcome.summary.slice(0, CHECK_SUMMARY_LIMIT) };
  for (let i = 0; i < batches.length; i++) {
    const last = i === batches.length - 1;
    await octokit.rest.checks.update({
      owner: event.owner,
      repo: event.repo,
      check_run_id: checkRunId,
      output: { ...output, annotations: batches[i] },
      ...(last ? { status: 'completed' as const, conclusion: outcome.conclusion, completed_at: new Date().toISOString() } : {}),
    });
  }
}
