// Which artifact may serve as the baseline. Artifacts of a repository include those uploaded by runs of pull
// requests from forks, whose branch may be called `main` too: a poisoned baseline would make every finding it lists
// "inherited", and with fail-on-new-only nothing would block. So only an artifact uploaded by a `push` run of the
// base branch in this repository itself is used, checked on the artifact record and again on its workflow run.
import type { Octokit } from './check-run';
import type { RunEvent } from './event';

/** An artifact as the Actions API lists it (the fields read here). */
export interface ArtifactRecord {
  id: number;
  name: string;
  expired: boolean;
  workflow_run?: { id?: number | null; head_branch?: string | null; repository_id?: number | null; head_repository_id?: number | null } | null;
}

/** Workflow runs looked up before giving up: each costs one API call. */
const MAX_RUNS_CHECKED = 10;
/** The one event whose runs speak for the base branch: a push to it (never a pull request, whatever its branch). */
const TRUSTED_EVENT = 'push';

/** Artifacts named `name` of this repository's own runs on `branch`, newest first (the record's own claims). */
function candidates(artifacts: readonly ArtifactRecord[], event: RunEvent, name: string, branch: string, repositoryId: number): ArtifactRecord[] {
  return artifacts.filter((a) => {
    const run = a.workflow_run;
    return a.name === name && !a.expired && run?.head_branch === branch && run.id !== event.runId && run.repository_id === repositoryId && run.head_repository_id === repositoryId;
  });
}

/** The run behind an artifact, as the Actions API reports it: was it a push to `branch` of this repository? */
async function fromTrustedRun(octokit: Octokit, event: RunEvent, runId: number, branch: string, repositoryId: number): Promise<boolean> {
  const { data } = await octokit.rest.actions.getWorkflowRun({ owner: event.owner, repo: event.repo, run_id: runId });
  const run = data as { event?: string; head_branch?: string | null; repository?: { id?: number }; head_repository?: { id?: number } | null };
  return run.event === TRUSTED_EVENT && run.head_branch === branch && run.repository?.id === repositoryId && run.head_repository?.id === repositoryId;
}

/** The newest artifact a push run of the base branch uploaded in this repository, or why there is none. */
export async function trustedArtifact(octokit: Octokit, event: RunEvent, name: string, branch: string): Promise<{ artifact: ArtifactRecord } | { note: string }> {
  if (event.repositoryId === undefined) return { note: 'the event names no repository id, so no artifact can be traced to this repository' };
  // The API lists newest first; a page of 100 reaches well past the runs of other branches in practice.
  const listed = await octokit.rest.actions.listArtifactsForRepo({ owner: event.owner, repo: event.repo, name, per_page: 100 });
  const found = candidates(listed.data.artifacts as ArtifactRecord[], event, name, branch, event.repositoryId);
  for (const artifact of found.slice(0, MAX_RUNS_CHECKED)) {
    if (await fromTrustedRun(octokit, event, artifact.workflow_run?.id as number, branch, event.repositoryId)) return { artifact };
  }
  return { note: `no unexpired artifact "${name}" from a push to branch ${branch} of this repository was found` };
}
