// Tamper evidence end to end: a report written by a real, signed `plangate check` verifies; changing a result,
// an input digest, a policy digest or the signature makes `plangate verify` exit 1 and name what no longer
// matches.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratchDir, STACK_TRACE } from './cli';

type Report = Record<string, unknown> & {
  results: { message: string; status: string; severity: string }[];
  inputs: { sha256: string }[];
  policies: { sha256: string }[];
  summary: { failed: number };
  signature?: { value: string };
};

const scratch = scratchDir('tamper');
afterAll(() => scratch.remove());

const keys = generateKeyPairSync('ed25519');
const PRIVATE = join(scratch.dir, 'private.pem');
const PUBLIC = join(scratch.dir, 'public.pem');
const OTHER_PUBLIC = join(scratch.dir, 'other.pem');
writeFileSync(PRIVATE, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
writeFileSync(PUBLIC, keys.publicKey.export({ type: 'spki', format: 'pem' }));
writeFileSync(OTHER_PUBLIC, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));

let original: string;

beforeAll(async () => {
  const run = await runCli(['check', 'fixtures/demo', '-f', 'json', '-o', join(scratch.dir, 'out'), '--sign-key', PRIVATE], { env: { SOURCE_DATE_EPOCH: '1790000000' } });
  expect(run.status).toBe(1);
  original = readFileSync(join(scratch.dir, 'out', 'report.json'), 'utf8');
}, 60_000);

/** Flips one character of a hex digest, keeping it hex. */
function flipHex(hex: string): string {
  return (hex[0] === '0' ? '1' : '0') + hex.slice(1);
}

const TAMPERS: [string, (r: Report) => void, RegExp][] = [
  ['a result message', (r) => (r.results[0].message += ' '), /digest/],
  ['a result status', (r) => (r.results.find((x) => x.status === 'fail')!.status = 'pass'), /digest/],
  ['a result severity', (r) => (r.results[0].severity = r.results[0].severity === 'low' ? 'high' : 'low'), /digest/],
  ['an input digest', (r) => (r.inputs[0].sha256 = flipHex(r.inputs[0].sha256)), /digest/],
  ['a policy digest', (r) => (r.policies[0].sha256 = flipHex(r.policies[0].sha256)), /digest/],
  ['the summary', (r) => (r.summary.failed -= 1), /digest|summary/],
];

describe('plangate verify on a real signed report', () => {
  test('the untouched report is intact, with and without the public key', async () => {
    const file = join(scratch.dir, 'intact.json');
    writeFileSync(file, original);
    const plain = await runCli(['verify', file]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe(`${file}: intact\n`);
    const signed = await runCli(['verify', file, '--public-key', PUBLIC]);
    expect(signed.status).toBe(0);
  });

  test.each(TAMPERS)('changing %s makes verify exit 1 and say what', async (name, tamper, what) => {
    const report = JSON.parse(original) as Report;
    tamper(report);
    const file = join(scratch.dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    const run = await runCli(['verify', file, '--public-key', PUBLIC]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(new RegExp(`^${file}: altered: .*(${what.source})`, 'm'));
  });

  test('one changed byte anywhere in the signed fields (a hex digit of the first result) is caught', async () => {
    const at = original.indexOf('"ruleId"');
    const bytes = Buffer.from(original);
    bytes[at + 11] = bytes[at + 11] === 0x61 ? 0x62 : 0x61;
    const file = join(scratch.dir, 'byte.json');
    writeFileSync(file, bytes);
    const run = await runCli(['verify', file]);
    expect(run.status).toBe(1);
  });

  test('a signature by another key is refused', async () => {
    const file = join(scratch.dir, 'other-key.json');
    writeFileSync(file, original);
    const run = await runCli(['verify', file, '--public-key', OTHER_PUBLIC]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/altered: signed by key [0-9a-f]+, not by the given key/);
  });

  test('a stripped signature is refused when a public key is required', async () => {
    const report = JSON.parse(original) as Report;
    delete report.signature;
    const file = join(scratch.dir, 'unsigned.json');
    writeFileSync(file, JSON.stringify(report));
    const run = await runCli(['verify', file, '--public-key', PUBLIC]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/altered: the report is not signed/);
  });
});
