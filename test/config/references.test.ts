import { unknownRuleReferences } from '../../src/config';

const known = { ids: new Set(['required-tags', 'k8s-probes']), categories: new Set(['tagging', 'workload-security']) };

describe('unknownRuleReferences', () => {
  test('names every disable, severity and enforcement entry that matches no rule (or category)', () => {
    const refs = unknownRuleReferences({
      disable: ['k8s-probes', 'k8s-probe'],
      severity: { 'required-tags': 'low', 'required-tag': 'low' },
      enforcement: { tagging: 'advisory', 'k8s-probes': 'soft-mandatory', encryptoin: 'advisory' },
    }, known);
    expect(refs.map((r) => [r.path.join('/'), r.atKey, r.message])).toEqual([
      ['disable/1', false, 'disable: no rule "k8s-probe" in this run'],
      ['severity/required-tag', true, 'severity: no rule "required-tag" in this run'],
      ['enforcement/encryptoin', true, 'enforcement: no rule or category "encryptoin" in this run'],
    ]);
  });

  test('a category is not a rule id for severity', () => {
    expect(unknownRuleReferences({ severity: { tagging: 'low' } }, known).map((r) => r.name)).toEqual(['tagging']);
  });

  test('an empty configuration references nothing', () => {
    expect(unknownRuleReferences({}, known)).toEqual([]);
  });
});
