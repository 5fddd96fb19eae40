// The base branch's report the results are compared with: a report.json path, or the newest unexpired artifact of
// that name uploaded by a run on the base branch, downloaded through the Actions API and unzipped in memory.
import { parseReport, readReport, type ReportModel } from '../report';
import type { Octokit } from './check-run';
import type { RunEvent } from './event';
import type { BaselineSource } from './inputs';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip';

/** A baseline found (with where it came from), or why there is none. */
export type BaselineOutcome = { report: ReportModel; from: string } | { report?: undefined; note?: string };

/** The largest report.json read from an artifact. */
const MAX_REPORT_BYTES = 256 * 1024 ** 2;
const REPORT_NAME = 'report.json';

interface ArtifactRecord {
  id: number;
  name: string;
  expired: boolean;
  workflow_run?: { id?: number | null; head_branch?: string | null } | null;
}

/** The report.json entry nearest the archive's root (upload-artifact keeps the uploaded folder layout). */
export function findReportEntry(entries: readonly ZipEntry[]): ZipEntry | undefined {
  return entries
    .filter((e) => e.name === REPORT_NAME || e.name.endsWith(`/${REPORT_NAME}`))
    .sort((a, b) => a.name.split('/').length - b.name.split('/').length || (a.name < b.name ? -1 : 1))[0];
}

async function newestArtifact(octokit: Octokit, event: RunEvent, name: string, branch: string): Promise<ArtifactRecord | undefined> {
  // The API lists newest first; a page of 100 reaches well past the runs of other branches in practice.
  const listed = await octokit.rest.actions.listArtifactsForRepo({ owner: event.owner, repo: event.repo, name, per_page: 100 });
  return (listed.data.artifacts as ArtifactRecord[]).find(
    (a) => a.name === name && !a.expired && a.workflow_run?.head_branch === branch && a.workflow_run?.id !== event.runId,
  );
}

async function downloadArtifact(octokit: Octokit, event: RunEvent, id: number): Promise<Buffer> {
  const response = await octokit.rest.actions.downloadArtifact({ owner: event.owner, repo: event.repo, artifact_id: id, archive_format: 'zip' });
  return Buffer.from(response.data as ArrayBuffer);
}

async function fromArtifact(octokit: Octokit | undefined, event: RunEvent, name: string): Promise<BaselineOutcome> {
  if (!octokit) return { note: 'no github-token, so the base branch artifact cannot be fetched' };
  if (!event.baseBranch) return { note: 'the event names no base branch, so no baseline artifact was looked for' };
  const artifact = await newestArtifact(octokit, event, name, event.baseBranch);
  if (!artifact) return { note: `no unexpired artifact "${name}" from branch ${event.baseBranch} was found; every failure counts as new` };
  const zip = await downloadArtifact(octokit, event, artifact.id);
  const entry = findReportEntry(listZipEntries(zip));
  if (!entry) return { note: `artifact "${name}" (id ${artifact.id}) holds no ${REPORT_NAME}; every failure counts as new` };
  const text = readZipEntry(zip, entry, MAX_REPORT_BYTES).toString('utf8');
  const from = `artifact "${name}" of branch ${event.baseBranch} (run ${artifact.workflow_run?.id ?? '?'}, ${entry.name})`;
  return { report: parseReport(text, from), from };
}

/** Finds the baseline; a missing artifact is a note, an unreadable baseline file an error (the user named it). */
export async function resolveBaseline(source: BaselineSource | undefined, octokit: Octokit | undefined, event: RunEvent): Promise<BaselineOutcome> {
  if (!source) return {};
  if (source.kind === 'file') return { report: readReport(source.path), from: source.path };
  try {
    return await fromArtifact(octokit, event, source.name);
  } catch (err) {
    return { note: `the baseline artifact could not be read (${(err as Error).message.split('\n')[0]}); every failure counts as new` };
  }
}
