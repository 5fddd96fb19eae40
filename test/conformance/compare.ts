// Compares evaluation results with a case's want_result: the result set is unordered, objects are unordered,
// arrays are ordered (unless sort_bindings asks to compare binding arrays order-insensitively).

/** Canonical text of a JSON value with object keys sorted, used for equality and sorting. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return '{' + Object.keys(obj).sort().map((k) => JSON.stringify(k) + ':' + canonical(obj[k])).join(',') + '}';
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return JSON.stringify(value);
}

function sortArrays(binding: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(binding)) {
    out[k] = Array.isArray(v) ? [...v].sort((a, b) => (canonical(a) < canonical(b) ? -1 : canonical(a) > canonical(b) ? 1 : 0)) : v;
  }
  return out;
}

/** True when `got` and `want` hold the same bindings. */
export function sameResults(got: Record<string, unknown>[], want: Record<string, unknown>[], sortBindings: boolean): boolean {
  const norm = (rs: Record<string, unknown>[]): string[] => rs.map((r) => canonical(sortBindings ? sortArrays(r) : r)).sort();
  const a = norm(got);
  const b = norm(want);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
