// Temporary files being written right now by atomic writes (reports, compile cache entries): the CLI's signal
// handlers remove them when the process is interrupted between the write and the rename. A process killed outright
// (SIGKILL, a crash) cannot: its temporaries, named `….PID.RANDOM.tmp`, are removed by the next run that writes into
// the same directory once no process of that PID is alive.
import { readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

const pending = new Set<string>();
/** Folders this process has written temporaries into: an interrupt sweeps them for any temporary of its own. */
const folders = new Set<string>();

/** Records a temporary file about to be created. */
export function trackTempFile(path: string): void {
  pending.add(path);
  folders.add(dirname(path));
}

/** Forgets a temporary file once it is renamed into place or removed. */
export function untrackTempFile(path: string): void {
  pending.delete(path);
}

/** Removes every temporary file still pending; safe to call from a signal handler. */
export function removePendingTempFiles(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Never created, or already renamed into place.
    }
    pending.delete(path);
  }
  // A temporary this process made but no longer tracks (an interrupt between two steps of a write) is removed too:
  // its name carries this process's id.
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (Number(TEMP_NAME.exec(name)?.[1]) === process.pid) removeQuietly(join(folder, name));
    }
  }
}

/** `NAME.PID.RANDOM.tmp`, as atomic writes name their temporary files (RANDOM: 12 hex digits). */
const TEMP_NAME = /\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Unlinks; a file already gone is no error. */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Removed by its own process meanwhile, or not ours to remove.
  }
}

/** Whether a process of this id exists (EPERM: it exists, owned by another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of dead runs from `dir` (not recursive); returns how many. A PID reused by an
 * unrelated live process keeps its file until that process is gone: never a live writer's file.
 */
export function removeStaleTempFiles(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    removeQuietly(join(dir, name));
    removed += 1;
  }
  return removed;
}
