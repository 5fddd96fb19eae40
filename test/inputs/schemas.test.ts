// The normalised document of every fixture validates against schemas/input-document.schema.json (the API policies
// are written against), and the schema is strict enough to catch a field that is not documented.
import { readInputsSync, validatorFor } from '../../src/inputs';

describe('input-document.schema.json', () => {
  const validate = validatorFor('input-document');

  test.each([
    ['real Terraform plans', 'fixtures/real/terraform'],
    ['real Kubernetes manifests', 'fixtures/real/kubernetes'],
    ['own Terraform fixtures', 'fixtures/inputs/terraform'],
    ['own Kubernetes fixtures', 'fixtures/inputs/kubernetes'],
  ])('%s give a valid document', (_name, dir) => {
    const { document } = readInputsSync([dir]);
    expect(document.resources.length).toBeGreaterThan(0);
    const ok = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('an undocumented resource field fails validation', () => {
    const { document } = readInputsSync(['fixtures/inputs/kubernetes/bom.yaml']);
    const tampered = { ...document, resources: [{ ...document.resources[0], surprise: 1 }] };
    expect(validate(tampered)).toBe(false);
  });

  test('a null-filled field fails validation (absent fields are omitted)', () => {
    const { document } = readInputsSync(['fixtures/inputs/kubernetes/bom.yaml']);
    const tampered = { ...document, resources: [{ ...document.resources[0], namespace: null }] };
    expect(validate(tampered)).toBe(false);
  });
});
