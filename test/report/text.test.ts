// The text view: coloured only when asked, control characters from untrusted strings never reach the terminal.
import { sealReport } from '../../src/report';
import { buildText } from '../../src/report/text';
import { demoModel } from './report-fixtures';

const ESC = '\u001b';
/** Our own SGR colour codes (the only escapes the view may write). */
const SGR = new RegExp(`${ESC}\\[\\d+m`, 'g');

test('plain when colour is off, coloured when on, same words', () => {
  const model = sealReport(demoModel());
  const plain = buildText(model, { color: false });
  const coloured = buildText(model, { color: true });
  expect(plain).not.toContain(ESC);
  expect(coloured).toContain(`${ESC}[31m`);
  expect(coloured.replace(SGR, '')).toBe(plain);
});

test('escape sequences inside messages are made visible, not sent to the terminal', () => {
  const model = demoModel();
  model.results[2] = { ...model.results[2], status: 'fail', message: `evil ${ESC}[2J${ESC}]0;title\u0007 done`, resource: { ...model.results[2].resource, address: `x${ESC}[31m` } };
  const out = buildText(sealReport(model), { color: true });
  const withoutOurs = out.replace(SGR, '');
  expect(withoutOurs).not.toContain(ESC);
  expect(withoutOurs).toContain('evil \\x1b[2J\\x1b]0;title\\x07 done');
});

test('the verdict and counts close the output', () => {
  const lines = buildText(sealReport(demoModel())).trimEnd().split('\n');
  expect(lines.at(-1)).toBe('Verdict: FAIL');
  expect(lines.at(-2)).toBe('12 resources, 11 rules: 14 passed, 12 failed, 3 waived, 2 unknown, 1 errors');
});
