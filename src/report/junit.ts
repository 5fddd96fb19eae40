// report.junit.xml: a testsuite per rule and a testcase per resource, so CI test tabs list compliance failures.
// Waived and undecided results are skipped (with the reason); evaluation errors are errors.
import type { ReportModel, Result } from './model';
import type { Renderer } from './renderer';
import { groupByRule, locationText } from './aggregate';
import { escapeXml, escapeXmlAttribute } from './xml-text';
import { coverageText, emptyRunText, problemText } from './gaps';

const ALL_STATUSES = ['fail', 'error', 'unknown', 'waived', 'pass'] as const;

function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttribute(String(v))}"`)
    .join('');
}

function caseBody(r: Result): string {
  const where = locationText(r);
  const detail = [`${r.resource.address} (${r.resource.type})${where ? ` at ${where}` : ''}`, `severity: ${r.severity}`, r.message].join('\n');
  switch (r.status) {
    case 'fail':
      return `<failure${attrs({ message: r.message, type: r.severity })}>${escapeXml(detail)}</failure>`;
    case 'error':
      return `<error${attrs({ message: r.message, type: r.diagnostic?.code ?? 'error' })}>${escapeXml(detail)}</error>`;
    case 'waived': {
      const w = r.waiver;
      const why = w ? `waived: ${w.reason} (approved by ${w.approvedBy}, expires ${w.expires}${w.ticket ? `, ticket ${w.ticket}` : ''})` : 'waived';
      return `<skipped${attrs({ message: why })}/>`;
    }
    case 'unknown':
      return `<skipped${attrs({ message: `unknown: ${r.message}` })}/>`;
    case 'pass':
      return '';
  }
}

function testcase(r: Result): string {
  const name = r.source ? `${r.source}: ${r.resource.address}` : r.resource.address;
  const body = caseBody(r);
  const open = `    <testcase${attrs({ name, classname: r.ruleId, file: r.resource.sourceFile ?? r.resource.file, line: r.resource.line })}`;
  return body ? `${open}>\n      ${body}\n    </testcase>` : `${open}/>`;
}

function testsuite(ruleId: string, results: Result[], title: string | undefined, timestamp: string): string {
  const count = (s: Result['status']): number => results.filter((r) => r.status === s).length;
  const head = `  <testsuite${attrs({ name: ruleId, tests: results.length, failures: count('fail'), errors: count('error'), skipped: count('waived') + count('unknown'), time: 0, timestamp: timestamp.replace(/Z$/, '') })}>`;
  const props = title ? `\n    <properties>\n      <property${attrs({ name: 'title', value: title })}/>\n    </properties>` : '';
  return `${head}${props}\n${results.map(testcase).join('\n')}\n  </testsuite>`;
}

/**
 * What the run did not check, as one suite: an `<error>` per input not read or policy that could not run, a
 * `<failure>` when the run judged nothing (unless allowed) or uncovered resources fail it, so CI test tabs show it.
 */
function gapSuite(model: ReportModel): { xml: string; tests: number; errors: number; failures: number } | undefined {
  const cases: string[] = [];
  let errors = 0;
  let failures = 0;
  // A policy that failed while evaluating already has its <error> testcase in the rule's suite.
  const asResults = new Set(model.results.filter((r) => r.status === 'error').map((r) => r.message));
  for (const p of model.problems ?? []) {
    if (asResults.has(p.message)) continue;
    errors += 1;
    cases.push(`    <testcase${attrs({ name: p.file ?? p.code, classname: 'plangate.not-checked', file: p.file, line: p.line })}>\n      <error${attrs({ message: p.message, type: p.code })}>${escapeXml(problemText(p))}</error>\n    </testcase>`);
  }
  const empty = emptyRunText(model);
  if (empty && model.empty) {
    const body = model.empty.allowed ? `<skipped${attrs({ message: empty })}/>` : `<failure${attrs({ message: empty, type: 'empty-run' })}>${escapeXml(empty)}</failure>`;
    if (!model.empty.allowed) failures += 1;
    cases.push(`    <testcase${attrs({ name: model.empty.reason, classname: 'plangate.coverage' })}>\n      ${body}\n    </testcase>`);
  }
  const coverage = coverageText(model);
  if (coverage && (model.uncovered ?? []).length > 0) {
    const fails = model.run?.failOnUncovered === true;
    if (fails) failures += 1;
    const body = fails ? `<failure${attrs({ message: coverage, type: 'uncovered' })}>${escapeXml(coverage)}</failure>` : `<skipped${attrs({ message: coverage })}/>`;
    cases.push(`    <testcase${attrs({ name: 'uncovered resources', classname: 'plangate.coverage' })}>\n      ${body}\n    </testcase>`);
  }
  if (cases.length === 0) return undefined;
  const head = `  <testsuite${attrs({ name: 'plangate: not checked', tests: cases.length, failures, errors, skipped: cases.length - failures - errors, time: 0, timestamp: model.generatedAt.replace(/Z$/, '') })}>`;
  return { xml: `${head}\n${cases.join('\n')}\n  </testsuite>`, tests: cases.length, errors, failures };
}

/** Builds the JUnit XML document. */
export function buildJunit(model: ReportModel): string {
  const groups = groupByRule(model.results, ALL_STATUSES);
  const titles = new Map(model.policies.map((p) => [p.id, p.title]));
  const gaps = gapSuite(model);
  const suites = [...(gaps ? [gaps.xml] : []), ...[...groups.entries()].map(([rule, results]) => testsuite(rule, results, titles.get(rule), model.generatedAt))];
  const s = model.summary;
  const root = `<testsuites${attrs({ name: 'plangate', tests: model.results.length + (gaps?.tests ?? 0), failures: s.failed + (gaps?.failures ?? 0), errors: s.errors + (gaps?.errors ?? 0), skipped: s.waived + s.unknown + (gaps ? gaps.tests - gaps.failures - gaps.errors : 0), time: 0 })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

/** Renders report.junit.xml. */
export const junitRenderer: Renderer = {
  name: 'junit',
  fileName: 'report.junit.xml',
  description: 'report.junit.xml: JUnit XML, a testsuite per rule and a testcase per resource',
  render: (model) => buildJunit(model),
};
