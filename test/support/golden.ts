// Golden-file assertions: compare output with a checked-in file; rewrite it only when UPDATE_GOLDEN=1,
// and fail when it is missing so CI never creates golden files silently.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Asserts that `actual` equals the golden file at `path` (byte for byte). */
export function expectGolden(actual: string | Buffer, path: string): void {
  const bytes = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : actual;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing; run the test with UPDATE_GOLDEN=1 to create it, then review it`);
  expect(bytes.toString('utf8')).toBe(readFileSync(path, 'utf8'));
}
