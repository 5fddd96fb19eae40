// Which scans need their key: a scan whose key local nothing reads iterates by position without building the
// key (for arrays, a fresh index number per element). The analysis is conservative: any number anywhere in a
// statement other than the scan's own key field counts as a read of the local with that number.
import type { Block, Local, Stmt } from '../../ir/types';
import { walkBlocks } from '../../ir/walk';

function collectNumbers(value: unknown, out: Set<number>): void {
  if (typeof value === 'number') {
    out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectNumbers(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [field, item] of Object.entries(value)) if (field !== 'loc' && field !== 'block' && field !== 'blocks') collectNumbers(item, out);
  }
}

/** The key locals of the function's scans that some statement may read. */
export function readScanKeys(blocks: readonly Block[]): ReadonlySet<Local> {
  const keys = new Set<Local>();
  const mentioned = new Set<number>();
  walkBlocks(blocks, (stmt: Stmt) => {
    if (stmt.kind === 'ScanStmt') {
      keys.add(stmt.key);
      collectNumbers({ source: stmt.source, value: stmt.value }, mentioned);
    } else {
      collectNumbers(stmt, mentioned);
    }
  });
  return new Set([...keys].filter((key) => mentioned.has(key)));
}
