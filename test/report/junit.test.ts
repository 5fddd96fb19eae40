// report.junit.xml: well-formed whatever the messages hold, parsed back to check suites, cases and counts.
import { sealReport, type ReportModel } from '../../src/report';
import { buildJunit } from '../../src/report/junit';
import { escapeXml, stripIllegalXmlChars } from '../../src/report/xml-text';
import { demoModel } from './report-fixtures';
import { parseXml, type XmlElement } from './xml-parse';

function parsedJunit(model: ReportModel): XmlElement {
  return parseXml(buildJunit(sealReport(model)));
}

describe('JUnit XML of the demo model', () => {
  const root = parsedJunit(demoModel());
  const model = demoModel();

  test('a testsuite per rule with results, a testcase per resource', () => {
    expect(root.name).toBe('testsuites');
    const rules = [...new Set(model.results.map((r) => r.ruleId))].sort();
    expect(root.children.map((s) => s.attributes.name)).toEqual(rules);
    for (const suite of root.children) {
      const cases = suite.children.filter((c) => c.name === 'testcase');
      expect(cases.length).toBe(Number(suite.attributes.tests));
      expect(cases.length).toBe(model.results.filter((r) => r.ruleId === suite.attributes.name).length);
    }
  });

  test('failures, errors and skips match the summary', () => {
    const all = root.children.flatMap((s) => s.children.filter((c) => c.name === 'testcase'));
    const count = (tag: string): number => all.filter((c) => c.children.some((x) => x.name === tag)).length;
    expect(count('failure')).toBe(model.summary.failed);
    expect(count('error')).toBe(model.summary.errors);
    expect(count('skipped')).toBe(model.summary.waived + model.summary.unknown);
    expect(root.attributes).toMatchObject({ tests: String(model.results.length), failures: String(model.summary.failed) });
  });

  test('hostile strings come back exactly as they went in', () => {
    const all = root.children.flatMap((s) => s.children);
    expect(all.map((c) => c.attributes.name)).toContain('aws_s3_bucket.data["<img src=x onerror=alert(1)>"]');
    const messages = all.flatMap((c) => c.children.map((x) => x.attributes.message));
    expect(messages).toContain('Bucket aws_s3_bucket.public_site allows public reads: acl = "public-read"]]></x> & more');
  });
});

test('characters illegal in XML 1.0 are stripped, everything else survives', () => {
  const model = demoModel();
  const nasty = 'nul\u0000 bell\u0007 esc\u001b[31m lone\uD800 surrogate \uFFFE tab\tnew\nline 😀 ]]> </testcase>';
  model.results = [{ ...model.results.find((r) => r.status === 'fail')!, message: nasty, resource: { address: `a\u0001b'"<>&`, type: 't' } }];
  const root = parsedJunit(model);
  const testcase = root.children[0].children.find((c) => c.name === 'testcase')!;
  expect(testcase.attributes.name).toBe(`ab'"<>&`);
  expect(testcase.children[0].attributes.message).toBe('nul bell esc[31m lone surrogate  tab\tnew\nline 😀 ]]> </testcase>');
});

test('an empty model is still a well-formed document', () => {
  const model = { ...demoModel(), results: [] };
  expect(parsedJunit(model)).toMatchObject({ name: 'testsuites', children: [] });
});

test.each([
  ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
  [`"quoted" 'single'`, '&quot;quoted&quot; &apos;single&apos;'],
  ['\u0000\u0008\u000b\u000c\u001f', ''],
  ['\uD83D\uDE00 pair kept, lone \uDC00 dropped', '\uD83D\uDE00 pair kept, lone  dropped'],
])('escapeXml(%p)', (input, expected) => {
  expect(escapeXml(input)).toBe(expected);
});

test('the parser used here rejects what is not well-formed', () => {
  expect(() => parseXml('<a><b></a>')).toThrow(/mismatched/);
  expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
  expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/unknown entity/);
  expect(() => parseXml('<a>\u0001</a>')).toThrow(/forbids/);
  expect(stripIllegalXmlChars('ok')).toBe('ok');
});
