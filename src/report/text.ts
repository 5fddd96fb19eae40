// The terminal view: verdict, counts, then failures grouped by rule with location and remediation.
// Colour only when the caller says so (the CLI decides from TTY and NO_COLOR); control characters are made visible.
import type { ReportModel, Result, ResultStatus } from './model';
import type { RenderOptions, Renderer } from './renderer';
import { groupByRule, locationText } from './aggregate';

const ANSI = { red: '31', green: '32', yellow: '33', magenta: '35', cyan: '36', dim: '2', bold: '1' } as const;
type Style = keyof typeof ANSI;

const STATUS_STYLE: Record<ResultStatus, Style> = { fail: 'red', error: 'magenta', unknown: 'yellow', waived: 'cyan', pass: 'green' };
const VERDICT_STYLE = { pass: 'green', fail: 'red', error: 'magenta' } as const;

/** Untrusted text must not move the cursor or recolour the terminal: control characters become visible escapes. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_style, text) => text;
}

function resultLine(r: Result, paint: ReturnType<typeof painter>): string[] {
  const where = locationText(r);
  const mark = r.baseline ? ` [${r.baseline}]` : '';
  const lines = [`  ${paint(STATUS_STYLE[r.status], r.status.toUpperCase().padEnd(7))} ${plain(r.resource.address)}${where ? paint('dim', `  ${plain(where)}`) : ''}${mark}`];
  lines.push(`          ${plain(r.message)}`);
  if (r.waiver) lines.push(paint('dim', `          waived: ${plain(r.waiver.reason)} (approved by ${plain(r.waiver.approvedBy)}, expires ${plain(r.waiver.expires)}${r.waiver.ticket ? `, ticket ${plain(r.waiver.ticket)}` : ''})`));
  return lines;
}

/** Builds the text view. */
export function buildText(model: ReportModel, options: RenderOptions = {}): string {
  const paint = painter(options.color === true);
  const policies = new Map(model.policies.map((p) => [p.id, p]));
  const out: string[] = [];
  const groups = groupByRule(model.results, ['fail', 'error', 'unknown', 'waived']);
  for (const [ruleId, results] of groups) {
    const p = policies.get(ruleId);
    out.push(paint('bold', `${plain(ruleId)} ${p ? plain(p.title) : ''}`.trimEnd()) + paint('dim', ` (${results[0].severity})`));
    for (const r of results) out.push(...resultLine(r, paint));
    if (p?.remediation && results.some((r) => r.status === 'fail')) out.push(paint('dim', `  fix: ${plain(p.remediation)}`));
    out.push('');
  }
  const fixed = [...model.results.filter((r) => r.baseline === 'fixed'), ...(model.baseline?.absent ?? [])];
  if (model.baseline) out.push(`Against baseline: ${model.baseline.counts.new} new, ${model.baseline.counts.fixed} fixed, ${model.baseline.counts.unchanged} unchanged`);
  for (const r of fixed) out.push(`  ${paint('green', 'FIXED  ')} ${plain(r.ruleId)} ${plain(r.resource.address)}`);
  if (model.baseline) out.push('');
  const s = model.summary;
  out.push(`${s.resources} resources, ${s.rules} rules: ${paint('green', `${s.passed} passed`)}, ${paint('red', `${s.failed} failed`)}, ${paint('cyan', `${s.waived} waived`)}, ${paint('yellow', `${s.unknown} unknown`)}, ${paint('magenta', `${s.errors} errors`)}`);
  out.push(paint('bold', `Verdict: ${paint(VERDICT_STYLE[model.verdict], model.verdict.toUpperCase())}`));
  return out.join('\n') + '\n';
}

/** Renders the text view (stdout, or report.txt when written to a directory). */
export const textRenderer: Renderer = {
  name: 'text',
  fileName: 'report.txt',
  description: 'text: failures grouped by rule, for the terminal (stdout)',
  render: (model, options) => buildText(model, options),
};
