// Temporary files being written right now by atomic writes (reports, compile cache entries): the CLI's signal
// handlers remove them when the process is interrupted between the write and the rename.
import { unlinkSync } from 'node:fs';

const pending = new Set<string>();

/** Records a temporary file about to be created. */
export function trackTempFile(path: string): void {
  pending.add(path);
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
}
