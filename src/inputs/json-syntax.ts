// Why JSON text failed to parse, and where, without a byte of the text in the message: an input may hold secrets,
// and V8's messages quote the text around the error ('Unexpected token 'p', "..."password": h"... is not valid
// JSON'). V8's message is matched against a table of fixed reasons; when it gives no position, the position is
// found by a small validating scan of the text (only ever run on text that already failed).

/** The reason plangate prints for each kind of V8 JSON.parse message. */
const REASONS: ReadonlyArray<[RegExp, string]> = [
  [/end of JSON input|Unterminated string/i, 'the text ends before the document is complete (truncated?)'],
  [/Bad control character/i, 'a control character inside a string must be escaped'],
  [/Bad escaped character|Bad Unicode escape/i, 'an invalid escape sequence inside a string'],
  [/Expected double-quoted property name/i, 'expected a double-quoted property name'],
  [/Expected ':'/i, "expected ':' after a property name"],
  [/Expected ',' or '}'/i, "expected ',' or '}' after a property value"],
  [/Expected ',' or ']'/i, "expected ',' or ']' after an array element"],
  [/non-whitespace character after JSON/i, 'more text after the end of the document'],
  [/No number after minus sign|Exponent part is missing|Unterminated fractional number/i, 'an incomplete number'],
  [/Unexpected number/i, 'a number where none may stand'],
  [/Unexpected string/i, 'a string where none may stand'],
  [/Unexpected token|Unexpected character/i, 'an unexpected character'],
];

/** A syntax error of JSON text: a fixed reason and, when known, the offset it was found at. */
export interface JsonSyntaxError {
  reason: string;
  offset?: number;
  truncated: boolean;
}

const WS = /[ \t\r\n]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset of the first syntax error of `text`, found by a plain iterative scan (undefined if none is found). */
export function jsonErrorOffset(text: string): number | undefined {
  // Expectation stack: what may come next inside each open container.
  const stack: Array<'object' | 'array'> = [];
  let i = 0;
  const skip = (): void => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const value = (): boolean => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') return true;
    if (c === '"') return stringAt();
    for (const re of [NUMBER, LITERAL]) {
      re.lastIndex = i;
      if (re.exec(text)) {
        i = re.lastIndex;
        return true;
      }
    }
    return false;
  };
  const stringAt = (): boolean => {
    STRING.lastIndex = i;
    if (!STRING.exec(text)) return false;
    i = STRING.lastIndex;
    return true;
  };
  // A small state machine over the grammar: after a value, inside objects and arrays.
  let expectValue = true;
  while (i <= text.length) {
    skip();
    if (expectValue) {
      const c = text[i];
      if (!value()) return i;
      expectValue = false;
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 'object' : 'array');
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          continue;
        }
        if (c === '{' && !keyAt()) return i;
        expectValue = true;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : undefined;
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === 'object' && !keyAt()) return i;
      expectValue = true;
    } else if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
  return i;

  function keyAt(): boolean {
    skip();
    if (text[i] !== '"' || !stringAt()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  }
}

function scanForOffset(text: string): number | undefined {
  try {
    return jsonErrorOffset(text);
  } catch {
    // A regular expression ran out of stack on a huge string: the error is then reported without a position.
    return undefined;
  }
}

/** The reason and position of a JSON.parse failure, with nothing of the text quoted. */
export function describeJsonError(message: string, text: string): JsonSyntaxError {
  const reason = REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'the text is not valid JSON';
  const at = /at position (\d+)/.exec(message);
  const end = text.trimEnd().length;
  const offset = at ? Math.min(Number(at[1]), end) : scanForOffset(text);
  const truncated = /end of JSON input/.test(message) || (offset !== undefined && offset >= end - 1 && /Unterminated|end/i.test(message));
  return { reason: truncated ? REASONS[0][1] : reason, offset: truncated ? Math.min(offset ?? end, end) : offset, truncated };
}
