import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile } from '../../src/config';

const ROOT = join(__dirname, '..', '..');

/** The first ```yaml block after `heading` in a Markdown file. */
function yamlBlockAfter(file: string, heading: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const from = text.indexOf(heading);
  expect(from).toBeGreaterThanOrEqual(0);
  const block = /```yaml\n([\s\S]*?)```/.exec(text.slice(from));
  return block?.[1] ?? '';
}

describe('documented configuration examples validate', () => {
  test.each([
    ['README.md', '## Configuration'],
    ['docs/configuration.md', '## A complete example'],
  ])('%s (%s)', (file, heading) => {
    const path = join(mkdtempSync(join(tmpdir(), 'plangate-doc-')), 'plangate.yaml');
    writeFileSync(path, yamlBlockAfter(file, heading));
    const { config } = loadConfigFile(path);
    expect(config.waivers?.[0]).toMatchObject({ rule: 'aws-s3-encryption-at-rest', approvedBy: 'security@example.com', expires: '2027-01-31', ticket: 'SEC-123' });
    expect(config.enforcement).toEqual({ tagging: 'advisory', 'k8s-no-privileged-containers': 'soft-mandatory' });
  });
});
