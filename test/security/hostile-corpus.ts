// Hostile inputs a pull request can hold (issue 19's review), generated into a folder: devices and FIFOs under
// input names, links out of the tree, an oversized string, YAML that is slow or amplifies, duplicate keys, JSON
// errors around a secret, a file name that injects a workflow command, plus inputs that used to crash the run
// (a plan marking everything sensitive, Secrets of odd shapes). Large files are generated, never committed.
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** A secret that must never be printed (a JSON error used to echo the text around the error). */
export const SECRET = 'hunter2-SECRET-7f3a';

/** One hostile input: its name in the folder and the reason its one-line error must give. */
export interface HostileInput {
  name: string;
  reason: RegExp;
}

/** A file name that injects a GitHub workflow command and a terminal escape if printed raw. */
export const INJECTING_NAME = 'bad\n::error file=README.md,line=1::INJECTED\u001b[31m.yaml';

/** `lines` of YAML `key: &anchor value` (2.4 MB for 100,000: eemeli/yaml's key check made it take minutes). */
export function manyAnchors(count: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: anchors', 'data:'];
  for (let i = 0; i < count; i++) lines.push(`  k${i}: &a${i} v${i}`);
  return lines.join('\n') + '\n';
}

/** 99 aliases of one 6 MB anchor: under the alias count limit, 600 MB once expanded. */
export function amplifyingAliases(): string {
  const big = 'x'.repeat(6 * 1024 * 1024);
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: amplify', 'data:', `  big: &big "${big}"`];
  for (let i = 0; i < 99; i++) lines.push(`  copy${i}: *big`);
  return lines.join('\n') + '\n';
}

/** A plan with one bucket whose tag is a string of `bytes` bytes, written in chunks. */
export function writeLongStringPlan(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, '{"format_version":"1.2","terraform_version":"1.6.0","resource_changes":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["create"],"before":null,"after":{"bucket":"prd-b","tags":{"owner":"');
    const chunk = Buffer.alloc(16 * 1024 * 1024, 'a');
    for (let left = bytes; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(left, chunk.length));
    writeSync(fd, '"}},"after_unknown":{}}}],"planned_values":{"root_module":{"resources":[]}}}');
  } finally {
    closeSync(fd);
  }
}

/** A plan whose change marks the whole `after` sensitive (`after_sensitive: true`, valid Terraform). */
export function everythingSensitivePlan(): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.6.0',
    resource_changes: [{
      address: 'aws_db_instance.secret', mode: 'managed', type: 'aws_db_instance', name: 'secret', provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['create'], before: null, after: { identifier: 'prd-db', password: SECRET, tags: { owner: 'team' } }, after_unknown: {}, after_sensitive: true },
    }],
    planned_values: { root_module: { resources: [{ address: 'aws_db_instance.secret', mode: 'managed', type: 'aws_db_instance', name: 'secret', values: { identifier: 'prd-db', password: SECRET }, sensitive_values: true }] } },
  });
}

/** Secrets whose data/stringData are a scalar and a list (invalid for the API server, yet readable). */
export function oddSecrets(): string {
  return [
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: scalar-string-data\nstringData: ${SECRET}\n`,
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: list-data\ndata:\n  - ${SECRET}\n  - second\n`,
  ].join('---\n');
}

/** A minimal gzip'd tar whose one file (data.json) is `bytes` of zeros: a bundle bomb. */
export function writeGzipBomb(file: string, bytes: number): void {
  const dir = `${file}.d`;
  mkdirSync(dir, { recursive: true });
  const fd = openSync(join(dir, 'data.json'), 'w');
  const zeros = Buffer.alloc(16 * 1024 * 1024);
  for (let left = bytes; left > 0; left -= zeros.length) writeSync(fd, zeros, 0, Math.min(left, zeros.length));
  closeSync(fd);
  execFileSync('tar', ['-czf', file, '-C', dir, 'data.json']);
  execFileSync('rm', ['-rf', dir]);
}

/** Writes every hostile input (and `.tf` traps beside the plan) into `dir`; returns those that must be problems. */
export function writeHostileInputs(dir: string): HostileInput[] {
  mkdirSync(dir, { recursive: true });
  const at = (name: string): string => join(dir, name);
  symlinkSync('/dev/zero', at('evil.plan.json'));
  symlinkSync('/dev/zero', at('.hidden.tf'));
  execFileSync('mkfifo', [at('pipe.yaml'), at('fifo.tf')]);
  symlinkSync('/etc/hostname', at('outside.yaml'));
  writeLongStringPlan(at('long-string.plan.json'), 300 * 1024 * 1024);
  writeFileSync(at('anchors.yaml'), manyAnchors(100_000));
  writeFileSync(at('amplify.yaml'), amplifyingAliases());
  writeFileSync(at('duplicate-keys.plan.json'), '{"format_version":"1.2",\n"terraform_version":"1.6.0",\n"format_version":"1.2","resource_changes":[]}\n');
  writeFileSync(at('syntax-secret.json'), `{"format_version": "1.2", "password": ${SECRET} }`);
  writeFileSync(at(INJECTING_NAME), 'apiVersion: v1\nkind: ConfigMap\nmetadata: [unclosed\n');
  writeFileSync(at('sensitive-everything.plan.json'), everythingSensitivePlan());
  writeFileSync(at('odd-secrets.yaml'), oddSecrets());
  return [
    { name: 'evil.plan.json', reason: /symbolic link to a file outside the checked folder/ },
    { name: 'pipe.yaml', reason: /not a regular file but a FIFO/ },
    { name: 'outside.yaml', reason: /symbolic link to a file outside the checked folder/ },
    { name: 'long-string.plan.json', reason: /a string of \d+ bytes, longer than the 67108864-character limit/ },
    { name: 'anchors.yaml', reason: /more than 10000 anchors/ },
    { name: 'amplify.yaml', reason: /YAML aliases expand the document by \d+ bytes/ },
    { name: 'duplicate-keys.plan.json', reason: /duplicate key "format_version"/ },
    { name: 'syntax-secret.json', reason: /invalid JSON: an unexpected character/ },
    { name: INJECTING_NAME, reason: /YAML syntax error/ },
  ];
}

/** The normal plan judged beside the hostile inputs. */
export function copyNormalPlan(repo: string, dir: string): string {
  copyFileSync(join(repo, 'fixtures', 'demo', 'terraform', 'plan.json'), join(dir, 'normal.plan.json'));
  return 'normal.plan.json';
}
