// Reading a file an attacker may have placed (a pull request controls every file of the checked tree): only
// regular files are read, never devices, FIFOs or sockets (endless or blocking); a symbolic link found by walking
// a folder is followed only when it resolves inside that folder; and never more than the byte limit, which is
// checked before a byte is read. The file type is checked with lstat before opening and with fstat on the opened
// descriptor (opened with O_NONBLOCK, so a FIFO swapped in between cannot block the process).
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** The bytes of a file, or why they were not read (`io_error`: the system refused; `input_error`: plangate did). */
export type SafeRead = { ok: true; bytes: Buffer } | { ok: false; code: 'input_error' | 'io_error'; reason: string };

/** File types never read, in the order they are tested, with the words the error uses. */
const UNREADABLE_TYPES: ReadonlyArray<[(s: Stats) => boolean, string]> = [
  [(s) => s.isFIFO(), 'a FIFO (named pipe)'],
  [(s) => s.isCharacterDevice(), 'a character device'],
  [(s) => s.isBlockDevice(), 'a block device'],
  [(s) => s.isSocket(), 'a socket'],
  [(s) => s.isDirectory(), 'a directory'],
];

/** What a file that is not a regular file is ("a FIFO (named pipe)"), or undefined for a regular file. */
function irregularKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  return UNREADABLE_TYPES.find(([is]) => is(stats))?.[1] ?? 'a special file';
}

function refusal(reason: string): SafeRead {
  return { ok: false, code: 'input_error', reason };
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** `bytes` of a file in units a reader grasps. */
export function describeBytes(bytes: number): string {
  const units: Array<[number, string]> = [[1024 ** 3, 'GiB'], [1024 ** 2, 'MiB'], [1024, 'KiB']];
  const unit = units.find(([size]) => bytes >= size && bytes % size === 0);
  return unit ? `${bytes / unit[0]} ${unit[1]}` : `${bytes} bytes`;
}

/** The error of a file over the limit; the limit is named so the user knows what to raise. */
export function tooLargeReason(size: number, limit: number): string {
  const unit = describeBytes(limit);
  const named = unit.endsWith('bytes') ? '--max-input-size' : `${unit}, --max-input-size`;
  return `file is ${size} bytes, larger than the ${limit}-byte limit (${named}); refused before reading`;
}

/** Where a symbolic link may lead: inside `root`, when the file was found by walking `root`. */
export interface ReadScope {
  /** The folder being walked; links resolving outside it are refused. Undefined for a file the user named. */
  root?: string;
  /** Byte limit. */
  limit: number;
}

function errnoReason(err: unknown): SafeRead {
  const code = (err as { code?: string }).code;
  return { ok: false, code: 'io_error', reason: `cannot read file${code ? ` (${code})` : ''}` };
}

/** The real path to open, or why the file is refused before opening it. */
function target(full: string, scope: ReadScope): { path: string } | SafeRead {
  const link = lstatSync(full);
  if (!link.isSymbolicLink()) {
    const kind = irregularKind(link);
    return kind ? refusal(`not a regular file but ${kind}; not read`) : { path: full };
  }
  const real = realpathSync(full);
  if (scope.root !== undefined && !isInside(real, realpathSync(scope.root))) {
    return refusal('symbolic link to a file outside the checked folder; not read');
  }
  const kind = irregularKind(lstatSync(real));
  return kind ? refusal(`symbolic link to ${kind}, not a regular file; not read`) : { path: real };
}

function readOpened(fd: number, limit: number): SafeRead {
  const stats = fstatSync(fd);
  const kind = irregularKind(stats);
  if (kind) return refusal(`not a regular file but ${kind}; not read`);
  if (stats.size > limit) return refusal(tooLargeReason(stats.size, limit));
  // Read what fstat promised, and no more: a file that grows while being read cannot push past the limit.
  const bytes = Buffer.allocUnsafe(stats.size);
  let filled = 0;
  while (filled < bytes.length) {
    const n = readSync(fd, bytes, filled, bytes.length - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
}

/** Reads a regular file of at most `scope.limit` bytes; everything else is refused with a one-line reason. */
export function readRegularFile(full: string, scope: ReadScope): SafeRead {
  let fd: number | undefined;
  try {
    const resolved = target(full, scope);
    if (!('path' in resolved)) return resolved;
    fd = openSync(resolved.path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    return readOpened(fd, scope.limit);
  } catch (err) {
    return errnoReason(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
