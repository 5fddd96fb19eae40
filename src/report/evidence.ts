// Evidence that a report is what plangate wrote: a SHA-256 digest over the canonical JSON of every field but
// `digest` and `signature`, per-field digests so verification can name what changed, and optional Ed25519 signatures.
import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { diagnostic, PlangateError } from '../diagnostics';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalJson, canonicalJsonPieces } from './canonical-json';
import type { ReportDigest, ReportModel, ReportSignature } from './model';

/** Hex SHA-256 of bytes or a string (as UTF-8). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The fields the digest covers: the report without its own `digest` and `signature`. */
function digestSubject(report: Record<string, unknown>): Record<string, unknown> {
  const { digest: _digest, signature: _signature, ...rest } = report;
  return rest;
}

/** The canonical bytes a report's digest and signature are taken over. */
export function canonicalReportBytes(report: ReportModel | Record<string, unknown>): Buffer {
  return Buffer.from(canonicalJson(digestSubject(report as Record<string, unknown>)), 'utf8');
}

/** Computes the report's digest and the digest of each top-level field. */
export function computeDigest(report: ReportModel | Record<string, unknown>): ReportDigest {
  const subject = digestSubject(report as Record<string, unknown>);
  const parts: Record<string, string> = {};
  // The whole subject's canonical text is fed to the hash from its fields' texts (keys sorted as canonicalJson
  // sorts them), piece by piece: never canonicalised twice, never one string (results run to hundreds of MB).
  const whole = createHash('sha256').update('{');
  let first = true;
  for (const key of Object.keys(subject).sort()) {
    if (subject[key] === undefined) continue;
    whole.update(`${first ? '' : ','}${JSON.stringify(key)}:`);
    const part = createHash('sha256');
    for (const piece of canonicalJsonPieces(subject[key])) {
      // Encoded to UTF-8 once for both hashes.
      const bytes = Buffer.from(piece, 'utf8');
      part.update(bytes);
      whole.update(bytes);
    }
    parts[key] = part.digest('hex');
    first = false;
  }
  return { algorithm: 'sha256', value: whole.update('}').digest('hex'), parts };
}

/** A key given as a KeyObject or PEM text. */
export type KeyInput = KeyObject | string;

/** Returns the report with a fresh digest (and signature when a private Ed25519 key is given), last in key order. */
export function sealReport(report: ReportModel, signingKey?: KeyInput): ReportModel {
  const { digest: _digest, signature: _signature, ...rest } = report;
  const sealed: ReportModel = { ...rest, digest: computeDigest(rest) };
  if (signingKey !== undefined) sealed.signature = signReport(sealed, signingKey);
  return sealed;
}

/** Signs the report's canonical bytes with an Ed25519 private key. */
export function signReport(report: ReportModel, privateKey: KeyInput): ReportSignature {
  const value = sign(null, canonicalReportBytes(report), privateKey).toString('base64');
  return { algorithm: 'ed25519', keyId: keyIdOf(createPublicKey(privateKey)), value };
}

/** sha256 of the public key's SPKI DER encoding. */
export function keyIdOf(publicKey: KeyInput): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const spki = key.type === 'private' ? createPublicKey(key) : key;
  return sha256Hex(spki.export({ type: 'spki', format: 'der' }));
}

/** What `verifyReport` found. */
export interface VerifyOutcome {
  intact: boolean;
  /** Why the report is not intact; empty when it is. */
  problems: string[];
  /** Observations that do not make the report fail (files that could not be re-read, no signature). */
  notes: string[];
}

/** Options of `verifyReport`. */
export interface VerifyOptions {
  /** Require a valid Ed25519 signature by this key. */
  publicKey?: KeyInput;
  /** Also re-hash the input files (paths resolved against this directory) and compare with `inputs[].sha256`. */
  inputsBaseDir?: string;
}

/** Recomputes a parsed report's digest (and signature, input files when asked) and says what no longer matches. */
export function verifyReport(report: unknown, options: VerifyOptions = {}): VerifyOutcome {
  const outcome: VerifyOutcome = { intact: true, problems: [], notes: [] };
  if (report === null || typeof report !== 'object' || Array.isArray(report)) {
    outcome.problems.push('the report is not a JSON object');
  } else {
    const fields = report as Record<string, unknown>;
    checkDigest(fields, outcome);
    checkSignature(fields, options.publicKey, outcome);
    if (options.inputsBaseDir !== undefined) checkInputFiles(fields, options.inputsBaseDir, outcome);
  }
  outcome.intact = outcome.problems.length === 0;
  return outcome;
}

function checkDigest(report: Record<string, unknown>, outcome: VerifyOutcome): void {
  const stored = report.digest as Partial<ReportDigest> | undefined;
  if (!stored || typeof stored.value !== 'string') {
    outcome.problems.push('the report has no digest');
    return;
  }
  if (stored.algorithm !== 'sha256') {
    outcome.problems.push(`unsupported digest algorithm ${JSON.stringify(stored.algorithm)}`);
    return;
  }
  const actual = computeDigest(report);
  const changed = changedParts(stored.parts, actual.parts ?? {});
  if (actual.value !== stored.value) {
    const where = changed.length > 0 ? `; changed: ${changed.join(', ')}` : '';
    outcome.problems.push(`digest mismatch: recorded ${stored.value}, computed ${actual.value}${where}`);
    return;
  }
  // The parts are not under the digest themselves (they describe it), so each is recomputed and compared: a
  // report whose parts were edited is altered even though every other field is intact.
  if (stored.parts === undefined) return;
  if (stored.parts === null || typeof stored.parts !== 'object' || Array.isArray(stored.parts)) {
    outcome.problems.push('digest.parts is not an object of per-field digests');
  } else if (changed.length > 0) {
    outcome.problems.push(`digest.parts no longer match the report: ${changed.map((k) => `digest.parts.${k}`).join(', ')}`);
  }
}

/** Top-level fields whose digest differs from the recorded one (added and removed fields included). */
function changedParts(recorded: Record<string, string> | undefined, actual: Record<string, string>): string[] {
  if (!recorded || typeof recorded !== 'object') return [];
  const keys = new Set([...Object.keys(recorded), ...Object.keys(actual)]);
  return [...keys].filter((k) => !Object.hasOwn(recorded, k) || !Object.hasOwn(actual, k) || recorded[k] !== actual[k]).sort();
}

function checkSignature(report: Record<string, unknown>, publicKey: KeyInput | undefined, outcome: VerifyOutcome): void {
  const signature = report.signature as Partial<ReportSignature> | undefined;
  if (publicKey === undefined) {
    if (signature) outcome.notes.push('the report is signed; pass a public key to check the signature');
    return;
  }
  if (!signature || typeof signature.value !== 'string') {
    outcome.problems.push('the report is not signed');
    return;
  }
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  if (signature.keyId !== keyIdOf(key)) {
    outcome.problems.push(`signed by key ${String(signature.keyId)}, not by the given key ${keyIdOf(key)}`);
    return;
  }
  if (!verify(null, canonicalReportBytes(report), key, Buffer.from(signature.value, 'base64'))) {
    outcome.problems.push('the Ed25519 signature does not match the report');
  }
}

function checkInputFiles(report: Record<string, unknown>, baseDir: string, outcome: VerifyOutcome): void {
  const inputs = Array.isArray(report.inputs) ? (report.inputs as { path?: unknown; sha256?: unknown }[]) : [];
  for (const input of inputs) {
    // An input that was not read has no digest to compare (its reason is in the report's problems).
    if (typeof input.path !== 'string' || typeof input.sha256 !== 'string') continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(baseDir, input.path));
    } catch {
      outcome.notes.push(`input ${input.path} could not be read; its sha256 was not checked`);
      continue;
    }
    const actual = sha256Hex(bytes);
    if (actual !== input.sha256) outcome.problems.push(`input ${input.path} changed: recorded sha256 ${String(input.sha256)}, file has ${actual}`);
  }
}

/** Reads an Ed25519 key from a PEM file; problems become diagnostics naming the file. */
export function readKeyFile(path: string, kind: 'private' | 'public'): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PlangateError(diagnostic('io_error', `cannot read key: ${(err as Error).message}`, { file: path }));
  }
  try {
    const key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, got ${String(key.asymmetricKeyType)}`);
    return key;
  } catch (err) {
    throw new PlangateError(diagnostic('usage_error', `not an Ed25519 ${kind} key in PEM form: ${(err as Error).message}`, { file: path }));
  }
}
