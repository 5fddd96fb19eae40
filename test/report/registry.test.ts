// The format table drives names, file names and help; unknown or empty format lists are usage errors.
import { PlangateError } from '../../src/diagnostics';
import { FORMAT_NAMES, formatHelp, parseFormats } from '../../src/report';

/** The diagnostic code `fn` throws, or 'none'. */
function thrownCode(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (err) {
    return err instanceof PlangateError ? err.code : 'not a PlangateError';
  }
}

test('the contract formats, each with its file', () => {
  expect(FORMAT_NAMES).toEqual(['text', 'json', 'html', 'sarif', 'junit', 'markdown']);
  expect(parseFormats('json,html,sarif,junit,markdown').map((r) => r.fileName)).toEqual(['report.json', 'report.html', 'report.sarif', 'report.junit.xml', 'report.md']);
});

test.each([
  ['json, html ,json', ['json', 'html']],
  [['sarif', 'junit,markdown'], ['sarif', 'junit', 'markdown']],
])('parseFormats(%p)', (list, names) => {
  expect(parseFormats(list).map((r) => r.name)).toEqual(names);
});

test.each([['xml'], ['json,,pdf'], [''], [' , ']])('parseFormats(%p) is a usage error', (list) => {
  expect(thrownCode(() => parseFormats(list))).toBe('usage_error');
});

test('help lists every format', () => {
  for (const name of FORMAT_NAMES) expect(formatHelp()).toContain(`  ${name} `);
});
