// Built-ins an embedding program adds through the library API: declared to the compiler (arity and argument kinds
// checked there), evaluated by the embedder's function through the SDK. Undeclared names stay undefined
// functions, and a declaration may not redefine a built-in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, type HostBuiltin } from '../../src/engine';
import { PlangateError } from '../../src/diagnostics';

const RULE = (call: string): string => `# METADATA
# title: Buckets carry an owner the inventory knows
# custom:
#   id: acme-bucket-owner
#   severity: low
#   category: tagging
package acme.bucket_owner

import data.plangate.lib.resources

applies contains r.id if some r in resources.of_type("aws_s3_bucket")

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_s3_bucket")
	msg := ${call}
}
`;

const PLAN = join(__dirname, '..', '..', 'fixtures', 'rules', 'aws-s3-encryption-at-rest', 'fail.json');

const INVENTORY: HostBuiltin = {
  args: [['string']],
  result: ['string'],
  impl: (address) => `inventory has no owner for ${String(address)}`,
};

describe('embedder built-ins', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plangate-embedder-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a declared built-in is compiled as a host call and answered by the embedder', async () => {
    writeFileSync(join(dir, 'owner.rego'), RULE('acme.inventory.owner_problem(r.address)'));
    const { report, diagnostics } = await check({ paths: [PLAN], policies: [dir], builtin: false, cacheDir: false, builtins: { 'acme.inventory.owner_problem': INVENTORY } });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const failed = report.results.filter((r) => r.ruleId === 'acme-bucket-owner' && r.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.message === `inventory has no owner for ${r.resource.address}`)).toBe(true);
  });

  test('without the declaration the call is an undefined function', async () => {
    writeFileSync(join(dir, 'owner.rego'), RULE('acme.inventory.owner_problem(r.address)'));
    const { diagnostics } = await check({ paths: [PLAN], policies: [dir], builtin: false, cacheDir: false });
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toContain('rego_type_error: undefined function acme.inventory.owner_problem');
  });

  test('the declared signature is checked at compile time', async () => {
    writeFileSync(join(dir, 'owner.rego'), RULE('acme.inventory.owner_problem(r.address, 1)'));
    const { diagnostics } = await check({ paths: [PLAN], policies: [dir], builtin: false, cacheDir: false, builtins: { 'acme.inventory.owner_problem': INVENTORY } });
    expect(diagnostics.some((d) => d.code === 'rego_type_error' && /acme\.inventory\.owner_problem/.test(d.message))).toBe(true);
  });

  test.each([
    ['count', INVENTORY, 'built-in count: a built-in of that name exists; choose another name'],
    ['data.x', INVENTORY, 'built-in data.x: the name must be a dotted Rego name outside data and input'],
    ['acme.f', { ...INVENTORY, args: [['text']] }, 'built-in acme.f: unknown kind "text"'],
    ['acme.g', { ...INVENTORY, impl: 'nope' }, 'built-in acme.g: impl must be a function'],
  ])('a bad declaration (%s) is refused before anything runs', async (name, builtin, message) => {
    const run = check({ paths: [PLAN], policies: [dir], builtin: false, cacheDir: false, builtins: { [name]: builtin as HostBuiltin } });
    await expect(run).rejects.toThrow(PlangateError);
    await expect(run).rejects.toThrow(message);
  });
});
