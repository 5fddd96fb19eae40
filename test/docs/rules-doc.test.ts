// docs/rules.md is generated from the rules' METADATA (scripts/rules-doc): it must match what the library holds now,
// and its tables must say what each rule's metadata says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRules, type ListedRule } from '../../src/engine';
import { renderRulesDoc } from '../../scripts/rules-doc/render';
import { ensureLibraryBuilt } from '../policies/library-support';

const PAGE = join(__dirname, '..', '..', 'docs', 'rules.md');

function rule(id: string, category: string, controls: [string, string][], extra: Partial<ListedRule> = {}): ListedRule {
  return {
    id, title: `Title of ${id}`, severity: 'high', category, controls: controls.map(([framework, c]) => ({ framework, id: c })),
    remediation: 'Fix it | now.', appliesTo: ['aws_s3_bucket'], parameters: [], source: 'builtin', sha256: '0', ...extra,
  };
}

describe('docs/rules.md', () => {
  it('is current: regenerate it with npm run docs:rules after changing a rule', async () => {
    ensureLibraryBuilt();
    expect(readFileSync(PAGE, 'utf8')).toBe(renderRulesDoc(await listRules({ builtin: true })));
  });

  it('has one table per category and one coverage table per framework', () => {
    const page = renderRulesDoc([
      rule('b-rule', 'identity', [['ISO27001:2022', 'A.8.2'], ['GDPR', 'Art.32']]),
      rule('a-rule', 'identity', [['ISO27001:2022', 'A.8.10']], { parameters: ['teams'] }),
      rule('c-rule', 'secrets', [['ISO27001:2022', 'A.8.2']]),
    ]);
    expect(page).toContain('3 rules in 2 categories.');
    expect(page).toContain('- [identity](#identity) (2)\n- [secrets](#secrets) (1)');
    expect(page).toContain('| `a-rule` | high | Title of a-rule | aws_s3_bucket | ISO27001:2022 A.8.10 | Fix it \\| now. Parameters: `teams`. |\n| `b-rule` |');
    expect(page).toContain('### ISO27001:2022\n\n2 controls with rules.\n\n| Control | Rules |\n|---|---|\n| A.8.2 | `b-rule`, `c-rule` |\n| A.8.10 | `a-rule` |');
    expect(page).toContain('### GDPR\n\n1 control with rules.');
  });
});
