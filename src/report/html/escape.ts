// HTML escaping: every name and message in a report is untrusted and must reach the page as text only.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * An identifier (address, path, rule id) as text that wraps only after its separators (`.` `/` `_` `-` `[` `:`),
 * never inside a name: a break opportunity (<wbr>) follows each separator.
 */
export function ident(text: string): RawHtml {
  return new RawHtml(escapeHtml(text).replace(/([./_\-[:,]|&quot;)/g, '$1<wbr>'));
}

/** Tagged template whose interpolations are escaped unless wrapped with `raw` (already-built markup). */
export function html(strings: TemplateStringsArray, ...values: (string | number | RawHtml | undefined)[]): RawHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    out += v instanceof RawHtml ? v.value : v === undefined ? '' : escapeHtml(v);
    out += strings[i + 1];
  });
  return new RawHtml(out);
}

/** Markup that has been built from escaped parts. */
export class RawHtml {
  constructor(readonly value: string) {}
}

/** Marks trusted markup (from this module's builders) as such. */
export function raw(markup: string): RawHtml {
  return new RawHtml(markup);
}

/** Joins built fragments. */
export function join(parts: RawHtml[], separator = '\n'): RawHtml {
  return new RawHtml(parts.map((p) => p.value).join(separator));
}
