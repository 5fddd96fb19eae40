// docs/api/, the API reference TypeDoc generates from the TSDoc comments (`npm run docs:api`), covers every name
// the package exports, at the package's version. The release workflow regenerates it and fails on any difference,
// so the committed pages are also current in content.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');
const API_DIR = join(REPO_ROOT, 'docs', 'api');
/** TypeDoc's folder for each kind of declaration. */
const KIND_DIRS = ['functions', 'classes', 'interfaces', 'types', 'variables'];

/** Every name src/index.ts exports (values and types), by its exported name. */
function exportedNames(): string[] {
  const source = readFileSync(join(REPO_ROOT, 'src', 'index.ts'), 'utf8');
  return [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)]
    .flatMap((m) => m[1].split(','))
    .map((name) => name.trim().split(/\s+as\s+/).pop() as string)
    .filter((name) => name !== '')
    .sort();
}

describe('docs/api', () => {
  test('has a page for every export of the package', () => {
    const names = exportedNames();
    expect(names).toEqual(expect.arrayContaining(['check', 'compileRego', 'writeReports', 'ReportModel', 'CheckOptions']));
    expect(names.filter((name) => !KIND_DIRS.some((kind) => existsSync(join(API_DIR, kind, `${name}.html`))))).toEqual([]);
  });

  test('is generated for the package version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(readFileSync(join(API_DIR, 'index.html'), 'utf8')).toContain(`plangate - v${version}`);
  });

  test('renders the TSDoc comments of the API, not only its signatures', () => {
    const page = readFileSync(join(API_DIR, 'functions', 'check.html'), 'utf8');
    expect(page).toMatch(/class="tsd-comment tsd-typography"><p>\w/);
  });
});
