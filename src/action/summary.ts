// The Markdown the check run, the job summary and the comment show: a few lines on the gate (what the change
// introduces, inherits and fixes, and what the Action could not do), then the report's own Markdown within the limit.
import type { ReportModel } from '../report';
import { buildMarkdown } from '../report/markdown';
import type { GateDecision } from './gate';

const VERDICT_WORD = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error' } as const;

/** The check run's one-line title. */
export function checkTitle(report: ReportModel, gate: GateDecision): string {
  const s = report.summary;
  if (gate.verdict === 'error') return `plangate could not judge everything (${s.errors} rule errors; see the problems listed)`;
  const failing = s.failed + s.errors;
  if (failing === 0) return `All ${s.passed} results pass (${s.resources} resources, ${s.rules} rules)`;
  const changes = report.baseline ? `: ${gate.introduced} new, ${gate.inherited} existing, ${gate.fixed} fixed` : '';
  return `${failing} failing results, ${gate.blocking} blocking${changes}`;
}

/** The lines above the report: the gate's verdict, the change against the base branch, notes on what was skipped. */
export function gateLines(report: ReportModel, gate: GateDecision, notes: readonly string[]): string[] {
  const lines = [`**Gate: ${VERDICT_WORD[gate.verdict]}** · ${gate.blocking} blocking failures`];
  if (report.baseline) {
    lines.push(`This change introduces **${gate.introduced}** failing results, inherits **${gate.inherited}** from the base branch and fixes **${gate.fixed}**.`);
  }
  if (gate.forgaveInherited) lines.push('`fail-on-new-only` is set: the inherited failures are reported but do not fail this check.');
  for (const note of notes) lines.push(`> ${note}`);
  return lines;
}

/** The gate lines followed by the report's Markdown, all within `limit` characters. */
export function composeSummary(report: ReportModel, gate: GateDecision, notes: readonly string[], limit: number): string {
  const head = `${gateLines(report, gate, notes).join('\n\n')}\n\n`;
  return head + buildMarkdown(report, Math.max(0, limit - head.length));
}
