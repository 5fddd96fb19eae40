// The bad-input corpus of the end-to-end CLI tests: the committed broken fixtures of the inputs layer plus cases
// generated into a temporary directory (the large ones are never committed). Each case names the reason and,
// where the error has one, the line its one-line message must carry.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeLongStringPlan } from './hostile-corpus';

/** One bad input and what its error must say. */
export interface BadInput {
  name: string;
  /** Path as passed to plangate (relative to the repo for committed fixtures, absolute for generated ones). */
  file: string;
  reason: RegExp;
  line?: number;
}

const K8S_GOOD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n';

function write(dir: string, name: string, data: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
}

/** A YAML "billion laughs": ten levels of aliases, each expanding the previous ten times. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${lines.join('\n  ')}\n`;
}

/** Writes a file of one JSON string of `bytes` bytes in 16 MiB chunks, never holding it in memory. */
export function writeHugeString(file: string, bytes: number): void {
  const chunk = Buffer.alloc(16 * 1024 * 1024, 'a');
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, '"');
    for (let left = bytes - 2; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(left, chunk.length));
    writeSync(fd, '"');
  } finally {
    closeSync(fd);
  }
}

const COMMITTED: BadInput[] = [
  { name: 'committed truncated plan', file: 'fixtures/inputs/broken/truncated.plan.json', reason: /invalid JSON.*truncated/, line: 12 },
  { name: 'committed YAML syntax error', file: 'fixtures/inputs/broken/syntax-error.yaml', reason: /YAML syntax error/, line: 7 },
  { name: 'committed alias bomb', file: 'fixtures/inputs/broken/alias-bomb.yaml', reason: /alias/ },
  { name: 'committed binary', file: 'fixtures/inputs/broken/binary.json', reason: /binary file/ },
  { name: 'committed empty', file: 'fixtures/inputs/broken/empty.yaml', reason: /empty/ },
  { name: 'committed invalid UTF-8', file: 'fixtures/inputs/broken/invalid-utf8.yaml', reason: /invalid UTF-8/, line: 6 },
  { name: 'committed missing kind and name', file: 'fixtures/inputs/broken/missing-fields.yaml', reason: /required property 'kind'|required property 'name'/ },
  { name: 'committed not a plan', file: 'fixtures/inputs/broken/not-a-plan.json', reason: /not a recognised input/ },
  { name: 'committed duplicate plan keys', file: 'fixtures/hostile/bad-inputs/duplicate-keys.plan.json', reason: /duplicate key "format_version"/, line: 3 },
  { name: 'committed duplicate YAML keys', file: 'fixtures/hostile/bad-inputs/duplicate-keys.yaml', reason: /Map keys must be unique/, line: 5 },
  { name: 'committed JSON error at a secret', file: 'fixtures/hostile/bad-inputs/syntax-around-secret.json', reason: /^(?!.*(hunter2|SECRET)).*invalid JSON: an unexpected character$/, line: 2 },
];

function fifo(dir: string, name: string): string {
  const file = join(dir, name);
  execFileSync('mkfifo', [file]);
  return file;
}

function link(dir: string, target: string, name: string): string {
  const file = join(dir, name);
  symlinkSync(target, file);
  return file;
}

function longStringPlan(dir: string): string {
  const file = join(dir, 'long-string.plan.json');
  writeLongStringPlan(file, 70 * 1024 * 1024);
  return file;
}

/** Generates the corpus into `dir` and returns every case (committed ones first). */
export function badInputCorpus(dir: string): BadInput[] {
  const deepJson = '['.repeat(100_000) + ']'.repeat(100_000);
  const deepYaml = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  x: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`;
  const garbage = Buffer.alloc(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
  return [
    ...COMMITTED,
    { name: 'truncated JSON', file: write(dir, 'truncated.json', '{"format_version": "1.2", "resource_changes": [{"address": "a'), reason: /invalid JSON/, line: 1 },
    { name: 'invalid JSON', file: write(dir, 'invalid.json', '{\n  "format_version": "1.2",\n  "resource_changes": [tru]\n}\n'), reason: /invalid JSON: an unexpected character/, line: 3 },
    { name: 'JSON that is not a plan', file: write(dir, 'numbers.json', '[1, 2, 3]\n'), reason: /not a recognised input/ },
    {
      name: 'unknown plan format version',
      file: write(dir, 'future.plan.json', JSON.stringify({ format_version: '99.0', terraform_version: '9.9.9', resource_changes: [], planned_values: {} })),
      reason: /format.version|99\.0/,
    },
    { name: 'YAML syntax error', file: write(dir, 'broken.yaml', `${K8S_GOOD}data:\n  a: [1, 2\n  b: 3\n`), reason: /YAML/ },
    { name: 'YAML alias bomb', file: write(dir, 'laughs.yaml', aliasBomb()), reason: /alias/ },
    { name: 'JSON nested 100,000 levels', file: write(dir, 'deep.json', deepJson), reason: /nest|deep/i },
    { name: 'YAML nested 100,000 levels', file: write(dir, 'deep.yaml', deepYaml), reason: /nest|deep/i },
    { name: 'binary garbage', file: write(dir, 'garbage.json', garbage), reason: /binary|UTF-8/ },
    { name: 'empty file', file: write(dir, 'empty.json', ''), reason: /empty/ },
    { name: 'whitespace only', file: write(dir, 'blank.yaml', '\n  \n\t\n'), reason: /empty/ },
    { name: 'BOM and CRLF with a syntax error', file: write(dir, 'crlf.yaml', `\ufeff${K8S_GOOD}data:\n  a: [1, 2\n  b: 3\n`.replace(/\n/g, '\r\n')), reason: /YAML/ },
    { name: 'non-UTF-8 bytes', file: write(dir, 'latin1.yaml', Buffer.concat([Buffer.from(K8S_GOOD), Buffer.from('data:\n  city: M'), Buffer.from([0xfc]), Buffer.from('nchen\n')])), reason: /invalid UTF-8/, line: 6 },
    { name: 'duplicate JSON keys', file: write(dir, 'dup.json', '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "kind": "Secret",\n  "metadata": {"name": "x"}\n}\n'), reason: /duplicate|must be unique/i, line: 4 },
    { name: 'duplicate YAML keys', file: write(dir, 'dup.yaml', `${K8S_GOOD}metadata:\n  name: again\n`), reason: /duplicate|unique/i, line: 5 },
    { name: 'Kubernetes object without kind', file: write(dir, 'nokind.yaml', 'apiVersion: v1\nmetadata:\n  name: x\n'), reason: /kind/ },
    { name: 'a FIFO named as an input', file: fifo(dir, 'pipe.yaml'), reason: /not a regular file but a FIFO/ },
    { name: 'a link to /dev/zero named as an input', file: link(dir, '/dev/zero', 'zero.plan.json'), reason: /not a regular file/ },
    { name: 'a plan with a string over 64 Mi characters', file: longStringPlan(dir), reason: /a string of \d+ bytes, longer than the 67108864-character limit/, line: 1 },
    { name: 'Kubernetes object without name', file: write(dir, 'noname.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {a: b}\n'), reason: /name/ },
  ];
}
