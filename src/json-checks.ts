// Checks of JSON text that JSON.parse does not make. Duplicate keys: JSON.parse keeps the last of two equal keys
// without a word, so a plan (or a report given to `verify`) could say one thing to plangate and another to a human
// reading its first key. Overlong strings: a single string of hundreds of megabytes parses, but every copy the run
// makes of it (the input document for the policies holds a value more than once) passes the longest string
// JavaScript allows. The scan does not validate (JSON.parse does that), so it only tracks structure: strings
// are skipped with indexOf (fast even for a string of hundreds of megabytes) and keys are compared per object,
// small objects by a short list.

/** The first key that appears twice in one object, with the offset of its second occurrence. */
export interface DuplicateKey {
  kind: 'duplicate-key';
  key: string;
  offset: number;
}

/** The first string longer than the limit, with its offset and length. */
export interface OverlongString {
  kind: 'overlong-string';
  length: number;
  offset: number;
}

/** What the scan found wrong first. */
export type JsonTextProblem = DuplicateKey | OverlongString;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** Keys of an object are compared by a list up to this many, then by a Set. */
const LIST_KEYS = 16;

/** The offset of the quote closing the string opened at `open`. */
function stringEnd(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  for (;;) {
    if (at < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Keys seen in one open object. */
class ObjectKeys {
  private list: string[] | undefined = [];
  private set: Set<string> | undefined;

  /** Records `key`; false when it was already there. */
  add(key: string): boolean {
    if (this.list) {
      if (this.list.includes(key)) return false;
      this.list.push(key);
      if (this.list.length > LIST_KEYS) {
        this.set = new Set(this.list);
        this.list = undefined;
      }
      return true;
    }
    const set = this.set as Set<string>;
    if (set.has(key)) return false;
    set.add(key);
    return true;
  }
}

/** A key with escapes as JSON.parse reads it; text not yet known to be valid keeps its raw form. */
function decodeKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted;
  }
}

/** The first duplicate key of valid JSON `text` (or string over `maxStringChars`), or undefined. */
export function checkJsonText(text: string, maxStringChars = Infinity): JsonTextProblem | undefined {
  // One entry per open container: the keys of an object, null for an array.
  const open: Array<ObjectKeys | null> = [];
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end - i - 1 > maxStringChars) return { kind: 'overlong-string', length: end - i - 1, offset: i };
      let next = end + 1;
      while (next < length && isJsonSpace(text.charCodeAt(next))) next++;
      const keys = open[open.length - 1];
      if (keys && text.charCodeAt(next) === COLON) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? decodeKey(text.slice(i, end + 1)) : raw;
        if (!keys.add(key)) return { kind: 'duplicate-key', key, offset: i };
      }
      i = end + 1;
      continue;
    }
    if (code === OPEN_OBJECT) open.push(new ObjectKeys());
    else if (code === OPEN_ARRAY) open.push(null);
    else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) open.pop();
    i++;
  }
  return undefined;
}
