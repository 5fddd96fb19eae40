// The optional pull-request comment: one per check name, found again on later runs by a hidden marker and edited
// in place, so a busy pull request gets one up-to-date comment instead of one per push.
import { errorText } from '../diagnostics';
import type { Octokit } from './check-run';
import type { RunEvent } from './event';

/** GitHub's limit on a comment body. */
export const COMMENT_LIMIT = 65536;

/** The hidden marker identifying this Action's comment for one check name. */
export function commentMarker(checkName: string): string {
  return `<!-- plangate-comment: ${checkName.replace(/--/g, '- -')} -->`;
}

/** What happened to the comment. */
export type CommentOutcome = { action: 'created' | 'updated'; id: number } | { action: 'skipped'; reason: string };

/** Creates the comment, or updates the one carrying the marker; `body` must leave room for the marker. */
export async function upsertComment(octokit: Octokit, event: RunEvent, checkName: string, body: string): Promise<CommentOutcome> {
  if (event.pullNumber === undefined) return { action: 'skipped', reason: 'the event is not a pull request' };
  const marker = commentMarker(checkName);
  const text = `${marker}\n${body}`.slice(0, COMMENT_LIMIT);
  const where = { owner: event.owner, repo: event.repo };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: event.pullNumber, per_page: 100 });
    const mine = comments.find((c) => (c.body ?? '').startsWith(marker));
    if (mine) {
      await octokit.rest.issues.updateComment({ ...where, comment_id: mine.id, body: text });
      return { action: 'updated', id: mine.id };
    }
    const created = await octokit.rest.issues.createComment({ ...where, issue_number: event.pullNumber, body: text });
    return { action: 'created', id: created.data.id };
  } catch (err) {
    const status = (err as { status?: number }).status;
    return { action: 'skipped', reason: `the comment could not be written (${status ? `HTTP ${status}: ` : ''}${errorText(err)})` };
  }
}
