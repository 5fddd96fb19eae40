// The Action's zip reader against archives written by the test's own writer: stored, deflated, Zip64, damaged.
import { listZipEntries, readZipEntry } from '../../src/action/zip';
import { findReportEntry } from '../../src/action/baseline';
import { writeZip } from './zip-writer';

const REPORT = Buffer.from(JSON.stringify({ schemaVersion: '1.0', results: Array.from({ length: 200 }, (_, i) => ({ i })) }));

describe('zip reader', () => {
  test.each([
    ['deflated', { method: 'deflated' as const }, {}],
    ['stored', { method: 'stored' as const }, {}],
    ['Zip64 deflated', { method: 'deflated' as const }, { zip64: true }],
  ])('reads a %s entry back byte for byte', (_name, entry, options) => {
    const zip = writeZip([{ name: 'notes.txt', data: Buffer.from('hello') }, { name: 'report.json', data: REPORT, ...entry }], options);
    const entries = listZipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual(['notes.txt', 'report.json']);
    expect(readZipEntry(zip, entries[1], 1 << 20).equals(REPORT)).toBe(true);
  });

  test('refuses an entry larger than allowed before inflating it', () => {
    const zip = writeZip([{ name: 'report.json', data: REPORT }]);
    expect(() => readZipEntry(zip, listZipEntries(zip)[0], 100)).toThrow(/more than the 100 allowed/);
  });

  test('says what is wrong with something that is not a zip', () => {
    expect(() => listZipEntries(Buffer.from('not a zip at all, just some text that is long enough'))).toThrow(/no end of central directory/);
  });

  test('finds the report.json nearest the root', () => {
    const zip = writeZip([
      { name: 'a/b/report.json', data: Buffer.from('{}') },
      { name: 'plangate-report/report.json', data: Buffer.from('{}') },
      { name: 'plangate-report/report.json.bak', data: Buffer.from('{}') },
    ]);
    expect(findReportEntry(listZipEntries(zip))?.name).toBe('plangate-report/report.json');
  });
});
