// Decodes the body of a quoted Rego string: only JSON escapes are allowed (OPA hands escaped literals to a
// JSON decoder), `\uXXXX` pairs form one code point and a lone surrogate becomes U+FFFD as in Go.

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Decodes `body` (the text between the quotes). Raw strings are returned as they are, except that template
 * strings (`template`) also accept `\{` for a literal brace. Returns `{error}` for an illegal escape.
 */
export function decodeStringBody(body: string, raw: boolean, template = false): string | { error: string } {
  if (raw) return template ? body.replace(/\\\{/g, '{') : body;
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf('\\', i);
    if (slash < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, slash);
    const esc = body[slash + 1];
    if (esc !== undefined && esc in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[esc];
      i = slash + 2;
    } else if (template && esc === '{') {
      out += '{';
      i = slash + 2;
    } else if (esc === 'u' && HEX4.test(body.slice(slash + 2, slash + 6))) {
      const { text, next } = decodeUnicodeEscape(body, slash);
      out += text;
      i = next;
    } else {
      return { error: 'illegal escape sequence' };
    }
  }
  return out;
}

/** Decodes `\uXXXX` at `at`, joining a following low surrogate escape into one code point. */
function decodeUnicodeEscape(body: string, at: number): { text: string; next: number } {
  const unit = parseInt(body.slice(at + 2, at + 6), 16);
  const isHigh = unit >= 0xd800 && unit <= 0xdbff;
  const isLow = unit >= 0xdc00 && unit <= 0xdfff;
  if (isHigh && body.startsWith('\\u', at + 6) && HEX4.test(body.slice(at + 8, at + 12))) {
    const low = parseInt(body.slice(at + 8, at + 12), 16);
    if (low >= 0xdc00 && low <= 0xdfff) return { text: String.fromCharCode(unit, low), next: at + 12 };
  }
  if (isHigh || isLow) return { text: '\uFFFD', next: at + 6 };
  return { text: String.fromCharCode(unit), next: at + 6 };
}
