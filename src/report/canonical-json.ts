// Canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no insignificant
// whitespace, numbers and strings as ECMAScript serialises them. Digests and signatures are taken over it.
import { diagnostic, PlangateError } from '../diagnostics';

/** The canonical text of a JSON value; `undefined` members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  // The fast way: a copy whose keys are inserted in sorted order, written by the native JSON.stringify (its number
  // and string forms are the ones JCS asks for). Objects with array-index keys ("7", "10") defeat it, because
  // JavaScript enumerates such keys numerically whatever the insertion order; they are written piece by piece.
  const copy = sortedCopy(value, []);
  if (copy !== INDEX_KEYS) return JSON.stringify(copy);
  const out: string[] = [];
  writeValue(value, out, []);
  return out.join('');
}

/**
 * The canonical text of a value in pieces whose concatenation is canonicalJson(value): a long array's items are
 * written a batch at a time, so hashing the results of a large report never needs them as one string.
 */
export function* canonicalJsonPieces(value: unknown, itemsPerPiece = 1000): Generator<string> {
  if (!Array.isArray(value) || value.length <= itemsPerPiece) {
    yield canonicalJson(value);
    return;
  }
  yield '[';
  for (let start = 0; start < value.length; start += itemsPerPiece) {
    yield (start > 0 ? ',' : '') + canonicalItems(value, start, Math.min(value.length, start + itemsPerPiece));
  }
  yield ']';
}

/** The canonical texts of items[start, end) joined by commas (paths in errors keep the items' own indexes). */
function canonicalItems(items: readonly unknown[], start: number, end: number): string {
  const copy = new Array<unknown>(end - start);
  for (let i = start; i < end; i++) {
    const item = items[i] === undefined ? null : sortedCopy(items[i], [i]);
    if (item === INDEX_KEYS) return writtenItems(items, start, end);
    copy[i - start] = item;
  }
  return JSON.stringify(copy).slice(1, -1);
}

function writtenItems(items: readonly unknown[], start: number, end: number): string {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    if (i > start) out.push(',');
    writeValue(items[i] === undefined ? null : items[i], out, [i]);
  }
  return out.join('');
}

/** Returned by sortedCopy when some object has an array-index key, whose order a plain object cannot keep. */
const INDEX_KEYS: unique symbol = Symbol('index keys');

/**
 * Keys JavaScript may enumerate before all others, in numeric order (array indexes); every all-digit key is taken
 * for one, which costs only the slower writer for the rare object that has such a key.
 */
function isIndexLikeKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^\d+$/.test(key);
}

/** Keys of an object that JSON keeps (undefined members dropped), in UTF-16 code-unit order as RFC 8785 asks. */
function canonicalKeys(obj: Record<string, unknown>): string[] {
  const keys = Object.keys(obj);
  let kept = keys;
  for (let i = 0; i < keys.length; i++) {
    if (obj[keys[i]] === undefined) {
      kept = keys.filter((k) => obj[k] !== undefined);
      break;
    }
  }
  return sortByCodeUnits(kept);
}

/**
 * Sorts strings by UTF-16 code units (what `<` and the default sort compare). Objects have few keys: an insertion
 * sort over them is several times faster than the generic sort, and reports have tens of thousands of objects.
 */
function sortByCodeUnits(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

// `path` holds the keys and indexes leading to the value; it is joined only for an error message.
function sortedCopy(value: unknown, path: (string | number)[]): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // JCS forbids NaN and Infinity; JSON.stringify would silently write null.
    if (!Number.isFinite(value)) throw notJson(path, String(value));
    return value;
  }
  if (Array.isArray(value)) return sortedArrayCopy(value, path);
  if (typeof value === 'object') return sortedObjectCopy(value as Record<string, unknown>, path);
  throw notJson(path, typeof value);
}

function sortedArrayCopy(items: unknown[], path: (string | number)[]): unknown[] | typeof INDEX_KEYS {
  const copy = new Array<unknown>(items.length);
  for (let i = 0; i < items.length; i++) {
    path.push(i);
    // Inside arrays JSON.stringify writes undefined as null; do the same.
    const item = items[i] === undefined ? null : sortedCopy(items[i], path);
    path.pop();
    if (item === INDEX_KEYS) return INDEX_KEYS;
    copy[i] = item;
  }
  return copy;
}

function sortedObjectCopy(obj: Record<string, unknown>, path: (string | number)[]): Record<string, unknown> | typeof INDEX_KEYS {
  const copy: Record<string, unknown> = {};
  for (const key of canonicalKeys(obj)) {
    if (isIndexLikeKey(key)) return INDEX_KEYS;
    path.push(key);
    const member = sortedCopy(obj[key], path);
    path.pop();
    if (member === INDEX_KEYS) return INDEX_KEYS;
    // A plain assignment of "__proto__" would set the copy's prototype instead of adding a member.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: member, enumerable: true, writable: true, configurable: true });
    else copy[key] = member;
  }
  return copy;
}

function writeValue(value: unknown, out: string[], path: (string | number)[]): void {
  if (value === null) {
    out.push('null');
  } else if (typeof value === 'string' || typeof value === 'boolean') {
    out.push(JSON.stringify(value));
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notJson(path, String(value));
    out.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    writeArray(value, out, path);
  } else if (typeof value === 'object') {
    writeObject(value as Record<string, unknown>, out, path);
  } else {
    throw notJson(path, typeof value);
  }
}

function writeArray(items: unknown[], out: string[], path: (string | number)[]): void {
  out.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(',');
    path.push(i);
    writeValue(items[i] === undefined ? null : items[i], out, path);
    path.pop();
  }
  out.push(']');
}

function writeObject(obj: Record<string, unknown>, out: string[], path: (string | number)[]): void {
  const keys = canonicalKeys(obj);
  out.push('{');
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(keys[i]), ':');
    path.push(keys[i]);
    writeValue(obj[keys[i]], out, path);
    path.pop();
  }
  out.push('}');
}

function notJson(path: readonly (string | number)[], what: string): PlangateError {
  const at = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
  return new PlangateError(diagnostic('internal_error', `cannot write ${what} at $${at} as canonical JSON`));
}
