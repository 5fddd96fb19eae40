// The base branch's report the results are compared with: a report.json path, or the newest unexpired artifact of
// that name uploaded by a push run on the base branch of this repository (baseline-artifact.ts), downloaded through
// the Actions API, unzipped in memory and verified (digest; signature when a public key is configured).
import { errorText } from '../diagnostics';
import { parseReport, readReport, verifyReport, type KeyInput, type ReportModel } from '../report';
import { trustedArtifact } from './baseline-artifact';
import type { Octokit } from './check-run';
import type { RunEvent } from './event';
import type { BaselineSource } from './inputs';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip';

/** A baseline found (with where it came from), or why there is none. */
export type BaselineOutcome = { report: ReportModel; from: string } | { report?: undefined; note?: string };

/** The largest report.json read from an artifact. */
const MAX_REPORT_BYTES = 256 * 1024 ** 2;
const REPORT_NAME = 'report.json';

/** The report.json entry nearest the archive's root (upload-artifact keeps the uploaded folder layout). */
export function findReportEntry(entries: readonly ZipEntry[]): ZipEntry | undefined {
  return entries
    .filter((e) => e.name === REPORT_NAME || e.name.endsWith(`/${REPORT_NAME}`))
    .sort((a, b) => a.name.split('/').length - b.name.split('/').length || (a.name < b.name ? -1 : 1))[0];
}

async function downloadArtifact(octokit: Octokit, event: RunEvent, id: number): Promise<Buffer> {
  const response = await octokit.rest.actions.downloadArtifact({ owner: event.owner, repo: event.repo, artifact_id: id, archive_format: 'zip' });
  return Buffer.from(response.data as ArrayBuffer);
}

async function fromArtifact(octokit: Octokit | undefined, event: RunEvent, name: string, publicKey: KeyInput | undefined): Promise<BaselineOutcome> {
  if (!octokit) return { note: 'no github-token, so the base branch artifact cannot be fetched' };
  if (!event.baseBranch) return { note: 'the event names no base branch, so no baseline artifact was looked for' };
  const found = await trustedArtifact(octokit, event, name, event.baseBranch);
  if ('note' in found) return { note: `${found.note}; every failure counts as new` };
  const { artifact } = found;
  const zip = await downloadArtifact(octokit, event, artifact.id);
  const entry = findReportEntry(listZipEntries(zip));
  if (!entry) return { note: `artifact "${name}" (id ${artifact.id}) holds no ${REPORT_NAME}; every failure counts as new` };
  const text = readZipEntry(zip, entry, MAX_REPORT_BYTES).toString('utf8');
  const from = `artifact "${name}" of branch ${event.baseBranch} (run ${artifact.workflow_run?.id ?? '?'}, ${entry.name})`;
  const report = parseReport(text, from);
  // The report must be what plangate wrote: its digest recomputed, and its signature when a key is configured.
  const verified = verifyReport(report, { publicKey });
  if (!verified.intact) return { note: `${from} failed verification (${verified.problems[0]}), so it is not used; every failure counts as new` };
  return { report, from };
}

/** Finds the baseline; a missing artifact is a note, an unreadable baseline file an error (the user named it). */
export async function resolveBaseline(
  source: BaselineSource | undefined,
  octokit: Octokit | undefined,
  event: RunEvent,
  publicKey?: KeyInput,
): Promise<BaselineOutcome> {
  if (!source) return {};
  if (source.kind === 'file') return { report: readReport(source.path), from: source.path };
  try {
    return await fromArtifact(octokit, event, source.name, publicKey);
  } catch (err) {
    return { note: `the baseline artifact could not be read (${errorText(err)}); every failure counts as new` };
  }
}
