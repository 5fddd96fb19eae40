// report.sarif: SARIF 2.1.0 for GitHub code scanning. One reportingDescriptor per rule, one result per finding
// (failures, waived ones as suppressions, undecided ones for review), stable partialFingerprints across runs.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PolicyRecord, Problem, ReportModel, Result, Severity } from './model';
import { coverageText, emptyRunText, problemText } from './gaps';
import type { Renderer } from './renderer';
import { sha256Hex } from './evidence';
import { locationText } from './aggregate';
import { severityRank } from './sort';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Name of the fingerprint; bump its version if the fingerprint's inputs ever change. */
export const FINGERPRINT_KEY = 'plangateFinding/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
// GitHub ranks security alerts by this property (CVSS-like 0.0–10.0).
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

type SarifObject = Record<string, unknown>;

/** The fingerprint of a finding: rule, resource and file, never the line, so moving code does not reopen it. */
export function findingFingerprint(r: Result): string {
  return sha256Hex([r.ruleId, r.resource.address, r.resource.file ?? '', r.source ?? ''].join('\u0000'));
}

function ruleDescriptor(p: PolicyRecord): SarifObject {
  const controls = p.controls.map((c) => `${c.framework} ${c.id}`);
  const remediation = p.remediation ?? 'See the rule description.';
  const markdown = [`**${p.title}**`, '', p.description ?? '', '', `**Remediation:** ${remediation}`, '', `**Controls:** ${controls.join(', ') || 'none'}`].join('\n');
  return {
    id: p.id,
    name: ruleName(p.title),
    shortDescription: { text: p.title },
    fullDescription: { text: p.description ?? p.title },
    help: { text: `${p.description ?? p.title}\nRemediation: ${remediation}\nControls: ${controls.join(', ') || 'none'}`, markdown },
    defaultConfiguration: { level: LEVEL[p.severity] },
    properties: {
      tags: ['security', 'compliance', p.category, ...controls],
      'security-severity': SECURITY_SEVERITY[p.severity],
      precision: 'very-high',
      category: p.category,
      source: p.source,
      sha256: p.sha256,
      ...(p.enforcement ? { enforcement: p.enforcement } : {}),
    },
  };
}

/** SARIF wants a readable PascalCase `name` distinct from the opaque `id`: "Buckets are not public" → BucketsAreNotPublic. */
export function ruleName(title: string): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? ['Rule'];
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** A path as a URI: relative paths stay relative references (segments percent-encoded), absolute ones become file: URIs. */
export function pathToUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

function location(r: Result, fallbackFile: string): SarifObject {
  const file = r.resource.sourceFile ?? r.resource.file ?? fallbackFile;
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(file) },
      // GitHub requires a region; the top of the file stands in when the line is unknown (Terraform without sources).
      region: { startLine: r.resource.line ?? 1 },
    },
    logicalLocations: [{ fullyQualifiedName: r.resource.address, kind: 'resource' }],
  };
}

const BASELINE_STATE = { new: 'new', unchanged: 'unchanged', fixed: 'absent' } as const;

function sarifResult(r: Result, ruleIndex: Map<string, number>, fallbackFile: string): SarifObject {
  const where = locationText(r) || fallbackFile;
  const decided = r.status === 'fail' || r.status === 'waived';
  const kind = r.status === 'pass' ? 'pass' : decided ? 'fail' : 'review';
  const prefix = r.status === 'unknown' ? 'Undecided (value known only after apply): ' : '';
  const out: SarifObject = {
    ruleId: r.ruleId,
    ...(ruleIndex.has(r.ruleId) ? { ruleIndex: ruleIndex.get(r.ruleId) } : {}),
    kind,
    level: decided ? LEVEL[r.severity] : 'none',
    message: { text: `${prefix}${r.message} [${r.resource.address} at ${where}]` },
    locations: [location(r, fallbackFile)],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(r) },
    properties: { status: r.status, severity: r.severity, resourceType: r.resource.type, ...(r.enforcement ? { enforcement: r.enforcement } : {}), ...(r.source ? { source: r.source } : {}) },
  };
  if (r.baseline) out.baselineState = BASELINE_STATE[r.baseline];
  if (r.waiver) {
    const w = r.waiver;
    const ticket = w.ticket ? `, ticket ${w.ticket}` : '';
    out.suppressions = [{ kind: 'external', status: 'accepted', justification: `${w.reason} (approved by ${w.approvedBy}, expires ${w.expires}${ticket})` }];
  }
  return out;
}

/** Evaluation errors are the tool's problems, not findings: they go to the invocation's notifications. */
function errorNotification(r: Result, fallbackFile: string): SarifObject {
  return {
    level: 'error',
    message: { text: `${r.ruleId} on ${r.resource.address}: ${r.message}` },
    descriptor: { id: r.ruleId },
    locations: [location(r, fallbackFile)],
  };
}

/** An input not read or a policy that could not run: one notification each, naming the file and line. */
function problemNotification(p: Problem): SarifObject {
  const region = p.line !== undefined ? { region: { startLine: p.line } } : {};
  return {
    level: 'error',
    message: { text: problemText(p) },
    descriptor: { id: p.code },
    ...(p.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(p.file) }, ...region } }] } : {}),
  };
}

/** A run that judged nothing, or left resources uncovered: said to the reader of the run, never silent. */
function gapNotifications(model: ReportModel): SarifObject[] {
  const out: SarifObject[] = [];
  const empty = emptyRunText(model);
  if (empty) out.push({ level: model.empty?.allowed ? 'warning' : 'error', message: { text: empty }, descriptor: { id: model.empty!.reason.replace(/ /g, '_') } });
  const coverage = coverageText(model);
  if (coverage && (model.uncovered ?? []).length > 0) out.push({ level: model.run?.failOnUncovered ? 'error' : 'note', message: { text: coverage }, descriptor: { id: 'uncovered_resources' } });
  return out;
}

/** GitHub code scanning rejects runs with more results than this. */
export const MAX_SARIF_RESULTS = 25000;

const REPORT_ORDER: Record<Result['status'], number> = { fail: 0, error: 0, unknown: 1, waived: 2, pass: 3 };

/** Keeps at most MAX_SARIF_RESULTS: open failures by severity first, then undecided, waived and fixed ones. */
function capResults(results: Result[]): { kept: Result[]; omitted: number } {
  if (results.length <= MAX_SARIF_RESULTS) return { kept: results, omitted: 0 };
  const ranked = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => REPORT_ORDER[a.r.status] - REPORT_ORDER[b.r.status] || severityRank(a.r.severity) - severityRank(b.r.severity) || a.i - b.i);
  const keep = new Set(ranked.slice(0, MAX_SARIF_RESULTS).map((x) => x.i));
  return { kept: results.filter((_, i) => keep.has(i)), omitted: results.length - MAX_SARIF_RESULTS };
}

/** Builds the SARIF log object. */
export function buildSarif(model: ReportModel): SarifObject {
  const ruleIndex = new Map(model.policies.map((p, i) => [p.id, i]));
  const fallbackFile = model.inputs[0]?.path ?? 'plangate.yaml';
  // Passing results are evidence for auditors, not alerts; only those that fixed a baseline finding are reported.
  const reported = model.results.filter((r) => r.status === 'fail' || r.status === 'waived' || r.status === 'unknown' || r.baseline === 'fixed');
  const absent = (model.baseline?.absent ?? []).map((r) => ({ ...r, status: 'pass' as const, baseline: 'fixed' as const }));
  const { kept, omitted } = capResults([...reported, ...absent]);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: model.tool.name, version: model.tool.version, semanticVersion: model.tool.version, rules: model.policies.map(ruleDescriptor) } },
        invocations: [
          {
            executionSuccessful: model.verdict !== 'error',
            toolExecutionNotifications: [
              ...(model.problems ?? []).map(problemNotification),
              // Error results are already notified through their problem when the report lists problems.
              ...(model.problems?.length ? [] : model.results.filter((r) => r.status === 'error').map((r) => errorNotification(r, fallbackFile))),
              ...gapNotifications(model),
            ],
          },
        ],
        results: kept.map((r) => sarifResult(r, ruleIndex, fallbackFile)),
        properties: {
          verdict: model.verdict,
          generatedAt: model.generatedAt,
          summary: model.summary,
          ...(model.uncovered ? { uncovered: model.uncovered } : {}),
          ...(model.digest ? { reportDigest: model.digest.value } : {}),
          ...(omitted > 0 ? { resultsOmitted: omitted, resultsOmittedReason: `GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} results per run; the least severe were left out` } : {}),
        },
      },
    ],
  };
}

/** Renders report.sarif. */
export const sarifRenderer: Renderer = {
  name: 'sarif',
  fileName: 'report.sarif',
  description: 'report.sarif: SARIF 2.1.0 for GitHub code scanning',
  render: (model) => JSON.stringify(buildSarif(model), null, 2) + '\n',
};
