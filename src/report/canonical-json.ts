// Canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no insignificant
// whitespace, numbers and strings as ECMAScript serialises them. Digests and signatures are taken over it.
import { diagnostic, PlangateError } from '../diagnostics';

/** The canonical text of a JSON value; `undefined` members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  writeValue(value, out, []);
  return out.join('');
}

// `path` holds the keys and indexes leading to the value; it is joined only for an error message, because building
// a path string for every value dominated the cost of canonicalising large reports.
function writeValue(value: unknown, out: string[], path: (string | number)[]): void {
  if (value === null) {
    out.push('null');
  } else if (typeof value === 'string' || typeof value === 'boolean') {
    out.push(JSON.stringify(value));
  } else if (typeof value === 'number') {
    // JCS forbids NaN and Infinity; JSON.stringify would silently write null.
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
    // Inside arrays JSON.stringify writes undefined as null; do the same.
    writeValue(items[i] === undefined ? null : items[i], out, path);
    path.pop();
  }
  out.push(']');
}

function writeObject(obj: Record<string, unknown>, out: string[], path: (string | number)[]): void {
  // The default sort compares UTF-16 code units, which is what RFC 8785 asks for.
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
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
