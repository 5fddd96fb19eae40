// Issue 19 item 16 (and issue 15): a waiver whose `expires` is no calendar day (2099-13-45, 2027-02-30) must not
// waive for ever by comparing as a string: the configuration is refused (exit 2) naming the file, line and key.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli';

const MANIFEST = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n';

test.each(['2099-13-45', '2027-02-30', '2026-04-31', '2100-02-29'])('expires: %s is refused', async (date) => {
  const cwd = mkdtempSync(join(tmpdir(), 'plangate-dates-'));
  writeFileSync(join(cwd, 'ns.yaml'), MANIFEST);
  writeFileSync(join(cwd, 'waivers.yaml'), `waivers:\n  - rule: required-tags\n    resource: "Namespace/*"\n    reason: testing\n    approvedBy: a@example.com\n    expires: ${date}\n`);
  const run = await runCli(['check', 'ns.yaml', '--waivers', 'waivers.yaml'], { cwd });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(`waivers.yaml:6`);
  expect(run.stderr).toContain(`waivers[0].expires: ${date} is not a calendar date`);
});

test('a leap day is a calendar date', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'plangate-dates-'));
  writeFileSync(join(cwd, 'ns.yaml'), MANIFEST);
  writeFileSync(join(cwd, 'waivers.yaml'), 'waivers:\n  - rule: required-tags\n    resource: "Namespace/*"\n    reason: testing\n    approvedBy: a@example.com\n    expires: 2028-02-29\n');
  const run = await runCli(['check', 'ns.yaml', '--waivers', 'waivers.yaml'], { cwd });
  expect(run.stderr).not.toContain('calendar');
  expect(run.status).not.toBe(2);
});
