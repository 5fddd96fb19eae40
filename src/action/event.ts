// What the Action needs to know about the workflow run: repository, the commit to attach the check run to, the pull
// request (if any) and its base branch, read from the GitHub context (GITHUB_* variables and the event payload).
import { context } from '@actions/github';

/** The run's facts, independent of the toolkit's context object so the rest of the Action is plain data. */
export interface RunEvent {
  owner: string;
  repo: string;
  /** The repository's numeric id: artifacts are traced to it (a fork has another). */
  repositoryId?: number;
  eventName: string;
  /** The commit the check run belongs to: a pull request's head, not the merge commit GITHUB_SHA names. */
  headSha: string;
  /** Pull request number, for comments. */
  pullNumber?: number;
  /** Branch whose latest report is the baseline: the pull request's base, or the repository's default branch. */
  baseBranch?: string;
  runId: number;
  workspace: string;
  serverUrl: string;
}

interface PullRequestPayload {
  number?: number;
  head?: { sha?: string };
  base?: { ref?: string };
}

/** Reads the run's facts from the toolkit's context. */
export function readRunEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const pr = context.payload.pull_request as PullRequestPayload | undefined;
  const repository = context.payload.repository as { default_branch?: string; id?: number } | undefined;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    owner,
    repo,
    ...(typeof repository?.id === 'number' ? { repositoryId: repository.id } : {}),
    eventName: context.eventName,
    headSha: pr?.head?.sha ?? context.sha,
    ...(pr?.number !== undefined ? { pullNumber: pr.number } : {}),
    ...(pr?.base?.ref ? { baseBranch: pr.base.ref } : repository?.default_branch ? { baseBranch: repository.default_branch } : {}),
    runId: context.runId,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl: context.serverUrl,
  };
}
