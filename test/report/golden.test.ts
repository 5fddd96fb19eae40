// Golden files for every format on the demo model, with and without a baseline; SOURCE_DATE_EPOCH fixes the time.
import { join } from 'node:path';
import { expectGolden } from '../support/golden';
import { applyBaseline, RENDERERS, reportTimestamp, sealReport, type ReportModel } from '../../src/report';
import { baselineModel, demoModel, expectValidReport, GOLDEN_DIR } from './report-fixtures';

const EPOCH = '1795291200'; // 2026-11-21T20:00:00Z

function sealedDemo(withBaseline: boolean): ReportModel {
  const model = { ...demoModel(), generatedAt: reportTimestamp({ SOURCE_DATE_EPOCH: EPOCH }) };
  return sealReport(withBaseline ? applyBaseline(model, baselineModel()) : model);
}

const EXTENSION: Record<string, string> = { text: 'txt', json: 'json', html: 'html', sarif: 'sarif', junit: 'xml', markdown: 'md' };

describe.each([
  ['demo', false],
  ['demo-baseline', true],
])('golden reports: %s', (name, withBaseline) => {
  test.each(RENDERERS.map((r) => [r.name, r]))('%s', (_format, renderer) => {
    const model = sealedDemo(withBaseline);
    const out = renderer.render(model, { color: false });
    expectGolden(out, join(GOLDEN_DIR, `${name}.${EXTENSION[renderer.name]}`));
  });

  test('report.json fits the schema', () => {
    expectValidReport(JSON.parse(RENDERERS.find((r) => r.name === 'json')!.render(sealedDemo(withBaseline)).toString()));
  });
});

test('the coloured text view is golden too', () => {
  expectGolden(RENDERERS.find((r) => r.name === 'text')!.render(sealedDemo(false), { color: true }), join(GOLDEN_DIR, 'demo.color.txt'));
});

test('SOURCE_DATE_EPOCH gives the timestamp of the golden files', () => {
  expect(reportTimestamp({ SOURCE_DATE_EPOCH: EPOCH })).toBe('2026-11-21T20:00:00Z');
});
