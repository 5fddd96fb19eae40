// `plangate check fixtures/demo` shows the library at work: failures in every category of the built-in library,
// each message naming the resource, and passes as evidence for the compliant resources.
import { join } from 'node:path';
import { check } from '../../src/engine';
import { ensureLibraryBuilt } from './library-support';

const ROOT = join(__dirname, '..', '..');
const CATEGORIES = ['tagging', 'encryption', 'naming', 'exposure', 'residency', 'logging', 'workload-security', 'identity', 'secrets'];

beforeAll(() => ensureLibraryBuilt());

describe('demo fixtures', () => {
  it('fail rules of every category, naming the resource in each message', async () => {
    const { report, diagnostics } = await check({ paths: ['fixtures/demo'], cwd: ROOT, cacheDir: false });
    expect(diagnostics).toEqual([]);
    const category = new Map(report.policies.map((p) => [p.id, p.category]));
    const failures = report.results.filter((r) => r.status === 'fail');
    expect(new Set(failures.map((r) => category.get(r.ruleId)))).toEqual(new Set(CATEGORIES));
    for (const f of failures) expect(f.message).toContain(f.resource.address);
    expect(report.results.filter((r) => r.status === 'error')).toEqual([]);
    expect(report.results.some((r) => r.status === 'pass' && r.resource.address === 'Deployment/prd-payments/payments-api')).toBe(true);
  });
});
