// Digests and signatures: an intact report verifies; any changed byte of a result, input or policy digest does not,
// and verification names the field that changed; Ed25519 signatures round-trip and reject other keys.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeDigest, keyIdOf, RENDERERS, sealReport, sha256Hex, verifyReport, type ReportModel } from '../../src/report';
import { demoModel, expectValidReport } from './report-fixtures';

/** A parsed report open to arbitrary edits. */
type Tamperable = ReportModel & Record<string, unknown>;

const json = RENDERERS.find((r) => r.name === 'json')!;

function sealedText(signingKey?: Parameters<typeof sealReport>[1]): string {
  return json.render(sealReport(demoModel(), signingKey)).toString();
}

/** Replaces the character at `offset` by a different one of the same class, keeping the JSON as valid as possible. */
function flip(text: string, offset: number): string {
  const c = text[offset];
  const replacement = /[0-9]/.test(c) ? String((Number(c) + 1) % 10) : /[a-z]/.test(c) ? (c === 'z' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1)) : c === 'x' ? 'y' : 'x';
  return text.slice(0, offset) + replacement + text.slice(offset + 1);
}

function verifyText(text: string): ReturnType<typeof verifyReport> {
  try {
    return verifyReport(JSON.parse(text));
  } catch {
    return { intact: false, problems: ['invalid JSON'], notes: [] };
  }
}

describe('digest', () => {
  test('a freshly sealed report verifies and fits the schema', () => {
    const text = sealedText();
    expect(verifyText(text)).toEqual({ intact: true, problems: [], notes: [] });
    expectValidReport(JSON.parse(text));
  });

  test('the digest does not depend on key order or formatting', () => {
    const model = demoModel();
    const reordered = Object.fromEntries(Object.entries(model).reverse());
    expect(computeDigest(reordered).value).toBe(computeDigest(model).value);
    expect(verifyReport(JSON.parse(JSON.stringify(JSON.parse(sealedText()))))).toMatchObject({ intact: true });
  });

  test('every non-blank byte of the results, changed, is detected', () => {
    const text = sealedText();
    const start = text.indexOf('"results": [');
    const end = text.indexOf('\n  ],', start);
    const offsets = [...text.slice(start, end)].map((c, i) => (/\s/.test(c) ? -1 : start + i)).filter((i) => i >= 0);
    // Every 11th byte keeps the run short while touching every field of every result.
    const missed = offsets.filter((o, i) => i % 11 === 0 && verifyText(flip(text, o)).intact);
    expect(missed).toEqual([]);
  });

  test.each([
    ['an input sha256', (m: Tamperable) => (m.inputs[0].sha256 = flipHex(m.inputs[0].sha256 ?? '')), 'inputs'],
    ['a policy sha256', (m: Tamperable) => (m.policies[3].sha256 = flipHex(m.policies[3].sha256)), 'policies'],
    ['a result message', (m: Tamperable) => (m.results[7].message += '.'), 'results'],
    ['a result status', (m: Tamperable) => (m.results[0].status = m.results[0].status === 'pass' ? 'fail' : 'pass'), 'results'],
    ['the verdict', (m: Tamperable) => (m.verdict = 'pass'), 'verdict'],
    ['the time', (m: Tamperable) => (m.generatedAt = '2026-11-21T20:00:01Z'), 'generatedAt'],
    ['an added field', (m: Tamperable) => (m.extra = 1), 'extra'],
    ['a removed field', (m: Tamperable) => delete m.staleWaivers, 'staleWaivers'],
  ])('changing %s is detected and named', (_what, tamper, part) => {
    const parsed = JSON.parse(sealedText()) as Tamperable;
    tamper(parsed);
    const outcome = verifyReport(parsed);
    expect(outcome.intact).toBe(false);
    expect(outcome.problems.join('\n')).toMatch(new RegExp(`digest mismatch: .*changed: ([a-zA-Z]+, )*${part}(,|$)`));
  });

  test('a changed digest value is detected', () => {
    const parsed = JSON.parse(sealedText());
    parsed.digest.value = flipHex(parsed.digest.value);
    expect(verifyReport(parsed).intact).toBe(false);
  });

  test('a report without digest is not intact', () => {
    expect(verifyReport(demoModel()).problems).toEqual(['the report has no digest']);
    expect(verifyReport([]).intact).toBe(false);
  });
});

function flipHex(hex: string): string {
  return (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);
}

describe('Ed25519 signatures', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');

  test('round trip: signed with the private key, verified with the public key', () => {
    const parsed = JSON.parse(sealedText(privateKey));
    expect(parsed.signature).toMatchObject({ algorithm: 'ed25519', keyId: keyIdOf(publicKey) });
    expectValidReport(parsed);
    expect(verifyReport(parsed, { publicKey })).toEqual({ intact: true, problems: [], notes: [] });
  });

  test('PEM keys work as well as key objects', () => {
    const pemPrivate = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pemPublic = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyReport(JSON.parse(sealedText(pemPrivate)), { publicKey: pemPublic }).intact).toBe(true);
  });

  test('another key does not verify', () => {
    const outcome = verifyReport(JSON.parse(sealedText(privateKey)), { publicKey: other.publicKey });
    expect(outcome.intact).toBe(false);
    expect(outcome.problems[0]).toMatch(/signed by key/);
  });

  test('a forged signature with the right key id does not verify', () => {
    const parsed = JSON.parse(sealedText(privateKey));
    const forged = JSON.parse(sealedText(other.privateKey)).signature.value;
    parsed.signature.value = forged;
    expect(verifyReport(parsed, { publicKey }).problems).toEqual(['the Ed25519 signature does not match the report']);
  });

  test('content changed and re-digested after signing fails the signature', () => {
    const parsed = JSON.parse(sealedText(privateKey));
    parsed.results[0].message = 'all good';
    parsed.digest = computeDigest(parsed);
    const outcome = verifyReport(parsed, { publicKey });
    expect(outcome.problems).toEqual(['the Ed25519 signature does not match the report']);
  });

  test('an unsigned report fails when a key is required and notes the signature otherwise', () => {
    expect(verifyReport(JSON.parse(sealedText()), { publicKey }).problems).toEqual(['the report is not signed']);
    expect(verifyReport(JSON.parse(sealedText(privateKey))).notes[0]).toMatch(/pass a public key/);
  });
});

describe('input files', () => {
  test('re-hashing the inputs finds a changed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangate-inputs-'));
    writeFileSync(join(dir, 'plan.json'), '{"a":1}');
    const model = { ...demoModel(), inputs: [{ path: 'plan.json', type: 'terraform-plan' as const, sha256: sha256Hex('{"a":1}'), resources: 1 }] };
    const report = JSON.parse(json.render(sealReport(model)).toString());
    expect(verifyReport(report, { inputsBaseDir: dir }).intact).toBe(true);
    writeFileSync(join(dir, 'plan.json'), '{"a":2}');
    expect(verifyReport(report, { inputsBaseDir: dir }).problems[0]).toMatch(/^input plan.json changed/);
    expect(verifyReport(report, { inputsBaseDir: join(dir, 'missing') }).notes[0]).toMatch(/could not be read/);
  });
});
