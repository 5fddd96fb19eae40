// Local values written as plain string literals in `locals { … }` blocks of .tf files. Terraform's plan JSON does
// not carry locals, so `region = local.region` can be settled only from the sources beside the plan; anything but a
// literal without interpolation (`"eu-west-1"`, not `"${var.x}"` or a function call) is left unsettled.
import { join, resolve } from 'node:path';
import { readRegularFile } from '../safe-read';
import { MAX_TF_FILE_BYTES, tfFileNames } from './tf-source';

const LOCALS_OPEN = /^\s*locals\s*\{\s*$/;
const LITERAL_ENTRY = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*"((?:[^"\\$%]|\\.)*)"\s*(?:#.*|\/\/.*)?$/;

/** name -> literal for every top-level entry of every `locals` block in one file's text. */
export function scanLiteralLocals(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let depth = 0;
  let inLocals = false;
  for (const line of text.split(/\r?\n/)) {
    if (!inLocals) {
      if (LOCALS_OPEN.test(line)) {
        inLocals = true;
        depth = 1;
      }
      continue;
    }
    const entry = depth === 1 ? LITERAL_ENTRY.exec(line) : null;
    if (entry) found.set(entry[1], JSON.parse(`"${entry[2]}"`) as string);
    depth += countOutsideStrings(line, '{') - countOutsideStrings(line, '}');
    if (depth <= 0) inLocals = false;
  }
  return found;
}

function countOutsideStrings(line: string, ch: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '#') break;
    else if (c === ch) n++;
  }
  return n;
}

/** The literal locals of every .tf file in `dir` (later files do not override earlier ones: Terraform forbids duplicates). */
export function readLiteralLocals(dir: string, cwd: string): Map<string, string> {
  const merged = new Map<string, string>();
  for (const f of tfFileNames(dir, cwd)) {
    // Regular files inside the working tree only, as for block lines (tf-source.ts): a `.tf` may be a FIFO or a
    // link to /dev/zero in a pull request.
    const read = readRegularFile(resolve(cwd, join(dir, f)), { root: cwd, limit: MAX_TF_FILE_BYTES });
    if (!read.ok) continue;
    const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
    for (const [k, v] of scanLiteralLocals(text)) if (!merged.has(k)) merged.set(k, v);
  }
  return merged;
}
