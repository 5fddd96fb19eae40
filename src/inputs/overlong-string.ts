// The first JSON string longer than the limit, found in the file's bytes before they are decoded: a plan holding a
// string of 300 MB is refused at the cost of its bytes alone, not of its bytes plus its text (a file's size more).
// Quotes and backslashes are ASCII, so in UTF-8 they never occur inside a multi-byte character.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function escaped(bytes: Buffer, quote: number): boolean {
  let slashes = 0;
  while (bytes[quote - 1 - slashes] === BACKSLASH) slashes++;
  return slashes % 2 === 1;
}

/** Offset and byte length of the first string of more than `maxBytes` bytes in JSON `bytes`, if any. */
export function overlongJsonString(bytes: Buffer, maxBytes: number): { offset: number; length: number } | undefined {
  let open = bytes.indexOf(QUOTE);
  while (open >= 0) {
    let close = bytes.indexOf(QUOTE, open + 1);
    while (close > 0 && escaped(bytes, close)) close = bytes.indexOf(QUOTE, close + 1);
    if (close < 0) return undefined;
    if (close - open - 1 > maxBytes) return { offset: open, length: close - open - 1 };
    open = bytes.indexOf(QUOTE, close + 1);
  }
  return undefined;
}

/** 1-based line of a byte offset. */
export function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}

/** Whether the bytes open (after whitespace) like a JSON document. */
export function opensLikeJson(bytes: Buffer): boolean {
  for (const byte of bytes.subarray(0, 4096)) {
    if (byte === 0x7b || byte === 0x5b) return true;
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  }
  return false;
}
