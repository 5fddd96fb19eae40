// report.junit.xml: a testsuite per rule and a testcase per resource, so CI test tabs list compliance failures.
// Waived and undecided results are skipped (with the reason); evaluation errors are errors.
import type { ReportModel, Result } from './model';
import type { Renderer } from './renderer';
import { groupByRule, locationText } from './aggregate';
import { escapeXml, escapeXmlAttribute } from './xml-text';

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

/** Builds the JUnit XML document. */
export function buildJunit(model: ReportModel): string {
  const groups = groupByRule(model.results, ALL_STATUSES);
  const titles = new Map(model.policies.map((p) => [p.id, p.title]));
  const suites = [...groups.entries()].map(([rule, results]) => testsuite(rule, results, titles.get(rule), model.generatedAt));
  const s = model.summary;
  const root = `<testsuites${attrs({ name: 'plangate', tests: model.results.length, failures: s.failed, errors: s.errors, skipped: s.waived + s.unknown, time: 0 })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

/** Renders report.junit.xml. */
export const junitRenderer: Renderer = {
  name: 'junit',
  fileName: 'report.junit.xml',
  description: 'report.junit.xml: JUnit XML, a testsuite per rule and a testcase per resource',
  render: (model) => buildJunit(model),
};
