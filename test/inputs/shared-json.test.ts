// shareDocumentJson writes, batch by batch into growable shared memory, exactly the bytes JSON.stringify gives.
import fc from 'fast-check';
import { readInputsSync } from '../../src/inputs';
import { shareDocumentJson } from '../../src/inputs/shared-json';

const text = (shared: SharedArrayBuffer): string => Buffer.from(shared).toString('utf8');

describe('shareDocumentJson', () => {
  test.each([
    ['a Terraform plan', ['fixtures/inputs/terraform/sensitive.plan.json', 'fixtures/inputs/terraform/replace-actions.plan.json']],
    ['Kubernetes manifests', ['fixtures/inputs/kubernetes']],
    ['no inputs at all', []],
  ])('%s: the bytes JSON.stringify gives', (_name, paths) => {
    const { document } = readInputsSync(paths);
    expect(document.resources.length > 0).toBe(paths.length > 0);
    const shared = shareDocumentJson(document);
    expect(text(shared)).toBe(JSON.stringify(document));
    expect(shared.byteLength).toBe(Buffer.byteLength(JSON.stringify(document)));
  });

  test('arrays spanning many batches, with multi-byte characters across batch ends', () => {
    const resources = Array.from({ length: 30_000 }, (_, i) => ({ id: `r${i}`, name: 'ü€😀'.repeat(i % 7), n: i }));
    const document = { resources, deleted: [], changes: { create: ['a'] }, missing: undefined, inputs: [undefined] };
    expect(text(shareDocumentJson(document))).toBe(JSON.stringify(document));
  });

  test('on random documents', () => {
    const member = fc.oneof(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.jsonValue(), fc.constant(undefined));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), member, { maxKeys: 6 }), (document) => {
        expect(text(shareDocumentJson(document))).toBe(JSON.stringify(document));
      }),
      { numRuns: 500 },
    );
  });
});
