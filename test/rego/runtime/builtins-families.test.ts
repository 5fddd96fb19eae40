// The string, array, object, encoding, JSON, units, semver and graph family tables against their tests: every
// declared built-in runs in the runtime under the export name derived from its Rego name, and is exercised by
// at least one of this area's test files. (Export signatures are checked for all families in registry.test.ts.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltinTable } from '../../../src/rego/builtins/types';
import { ARRAY_BUILTINS } from '../../../src/rego/builtins/arrays';
import { ENCODING_BUILTINS } from '../../../src/rego/builtins/encoding';
import { GRAPH_BUILTINS } from '../../../src/rego/builtins/graph';
import { JSON_BUILTINS } from '../../../src/rego/builtins/json';
import { OBJECT_BUILTINS } from '../../../src/rego/builtins/objects';
import { SEMVER_BUILTINS } from '../../../src/rego/builtins/semver';
import { STRING_BUILTINS } from '../../../src/rego/builtins/strings';
import { UNITS_BUILTINS } from '../../../src/rego/builtins/units';

const FAMILIES: [string, BuiltinTable][] = [
  ['arrays', ARRAY_BUILTINS], ['encoding', ENCODING_BUILTINS], ['graph', GRAPH_BUILTINS], ['json', JSON_BUILTINS],
  ['objects', OBJECT_BUILTINS], ['semver', SEMVER_BUILTINS], ['strings', STRING_BUILTINS], ['units', UNITS_BUILTINS],
];

const TEST_SOURCES = readdirSync(__dirname)
  .filter((f) => f.startsWith('builtins-') && f.endsWith('.test.ts') && f !== 'builtins-families.test.ts')
  .map((f) => readFileSync(join(__dirname, f), 'utf8'))
  .join('\n');

const ROWS = FAMILIES.flatMap(([family, table]) => Object.entries(table).map(([name, decl]) => [family, name, decl] as const));

test.each(ROWS)('%s: %s runs in the runtime under its derived export name', (_family, name, decl) => {
  expect(decl.impl).toEqual({ kind: 'runtime', export: `builtin_${name.replace(/\./g, '__')}` });
});

test.each(ROWS)('%s: %s is exercised by a test', (_family, _name, decl) => {
  const exportName = decl.impl.kind === 'runtime' ? decl.impl.export : '';
  expect(TEST_SOURCES).toMatch(new RegExp(`\\b${exportName}\\b`));
});
