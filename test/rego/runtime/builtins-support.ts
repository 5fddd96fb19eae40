// Shared helpers for the built-in family tests: a row type and a comparison of results that ignores OPA's
// hash order of object keys (the expected text is parsed by the same runtime, so sets compare alike).
import { Runtime } from './harness';

/** [export name, Rego-literal arguments, expected Rego literal or "undefined"]. */
export type Row = [string, string[], string];

/** Rego text normalised to JSON with object keys sorted; "undefined" stays as it is. */
export function canonical(rt: Runtime, text: string): string {
  if (text === 'undefined') return text;
  return JSON.stringify(sortKeys(JSON.parse(rt.dump(rt.value(text)))));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  }
  return v;
}

/** Defines one test per row: the export's result equals the expected value up to object key order. */
export function testRows(title: string, rows: Row[]): void {
  describe(title, () => {
    const rt = new Runtime();
    test.each(rows)('%s(%j) = %s', (name, args, expected) => {
      expect(canonical(rt, rt.call(name, ...args))).toBe(canonical(rt, expected));
    });
  });
}
