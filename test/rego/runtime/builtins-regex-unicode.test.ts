// Keeps the regex engine's generated Unicode tables in step with their generator (golden file).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderUnicodeTables } from './regex-unicode-tables';

const TABLES = join(__dirname, '../../../src/rego/runtime/assembly/regex/unicode-tables.ts');

describe('regex unicode tables', () => {
  it('match the generator output', () => {
    const rendered = renderUnicodeTables();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(TABLES, rendered);
    expect(readFileSync(TABLES, 'utf8')).toBe(rendered);
  });
});
