// Findings as annotations on file:line, most severe first: blocking failures, then other failures, then results
// undecided until apply. The check run and the workflow-command fallback both take their annotations from here.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { severityRank, type PolicyRecord, type ReportModel, type Result, type Severity } from '../report';
import { blocksUnderNewOnly, failsAtThreshold, isIntroduced } from './gate';

/** The Checks API's annotation levels. */
export type AnnotationLevel = 'failure' | 'warning' | 'notice';

/** One annotation, in the Checks API's shape (workflow commands use the same fields). */
export interface FindingAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
  raw_details?: string;
}

/** How annotations are derived from a report. */
export interface AnnotationContext {
  cwd: string;
  workspace: string;
  failOnUnknown: boolean;
  /** Only new findings block (fail-on-new-only): inherited ones are warnings. */
  failOnNewOnly: boolean;
}

const LEVEL_RANK: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };
// The Checks API refuses longer fields; messages are cut with an ellipsis rather than rejected.
const MAX_MESSAGE = 64 * 1024 - 1;
const MAX_TITLE = 255;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A path relative to the repository root with forward slashes, as the Checks API expects; outside paths stay as given. */
export function repositoryPath(file: string, cwd: string, workspace: string): string {
  const rel = relative(workspace, resolve(cwd, file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file.split(sep).join('/');
  return rel.split(sep).join('/');
}

function levelOf(r: Result, failOn: Severity, ctx: AnnotationContext): AnnotationLevel {
  if (r.status === 'unknown' && !ctx.failOnUnknown) return 'notice';
  const blocks = failsAtThreshold(r, failOn, ctx.failOnUnknown) && (!ctx.failOnNewOnly || blocksUnderNewOnly(r));
  return blocks ? 'failure' : 'warning';
}

function details(policy: PolicyRecord | undefined): string | undefined {
  if (!policy) return undefined;
  const controls = policy.controls.map((c) => `${c.framework} ${c.id}`).join(', ');
  const lines = [policy.title, policy.remediation ? `Remediation: ${policy.remediation}` : '', controls ? `Controls: ${controls}` : ''];
  return lines.filter((l) => l !== '').join('\n');
}

function titleOf(r: Result, hasBaseline: boolean): string {
  const state = r.status === 'unknown' ? 'unknown until apply' : r.status === 'error' ? 'evaluation error' : r.severity;
  const mark = hasBaseline ? (r.baseline === 'new' ? ' · new' : ' · existing') : '';
  return clip(`plangate ${r.ruleId} (${state})${mark}`, MAX_TITLE);
}

function annotationOf(r: Result, model: ReportModel, policies: Map<string, PolicyRecord>, ctx: AnnotationContext): FindingAnnotation {
  const failOn = model.run?.failOn ?? 'low';
  const sourceFile = r.resource.sourceFile;
  // A Terraform line belongs to the .tf file; without that file the plan is named and the line is not.
  const file = sourceFile ?? r.resource.file ?? '';
  const line = sourceFile !== undefined || !isTerraformResult(r, model) ? (r.resource.line ?? 1) : 1;
  const raw = details(policies.get(r.ruleId));
  return {
    path: repositoryPath(file, ctx.cwd, ctx.workspace),
    start_line: line,
    end_line: line,
    annotation_level: levelOf(r, failOn, ctx),
    title: titleOf(r, model.baseline !== undefined),
    // The built-in rules' messages lead with the address already; others get it so the annotation names its resource.
    message: clip(r.message.includes(r.resource.address) ? r.message : `${r.resource.address}: ${r.message}`, MAX_MESSAGE),
    ...(raw ? { raw_details: clip(raw, MAX_MESSAGE) } : {}),
  };
}

/** A Terraform result's line is a .tf line even though its file is the plan (CONTRACT.md, resource identity). */
function isTerraformResult(r: Result, model: ReportModel): boolean {
  return model.inputs.some((i) => i.path === r.resource.file && i.type !== 'kubernetes');
}

function shouldAnnotate(r: Result): boolean {
  return r.status === 'fail' || r.status === 'error' || r.status === 'unknown';
}

/** Every non-passing, non-waived result as an annotation, most severe first (stable within a level). */
export function buildAnnotations(model: ReportModel, ctx: AnnotationContext): FindingAnnotation[] {
  const policies = new Map(model.policies.map((p) => [p.id, p]));
  const annotated = model.results.filter(shouldAnnotate).map((r, order) => ({ r, order, a: annotationOf(r, model, policies, ctx) }));
  annotated.sort(
    (x, y) =>
      LEVEL_RANK[x.a.annotation_level] - LEVEL_RANK[y.a.annotation_level] ||
      severityRank(x.r.severity) - severityRank(y.r.severity) ||
      Number(isIntroduced(y.r)) - Number(isIntroduced(x.r)) ||
      x.order - y.order,
  );
  return annotated.map((x) => x.a);
}
