// Cheap linear checks that bound how deeply a JSON or YAML document nests, run before any recursive walk sees it: a
// 100,000-level document would otherwise overflow the stack (or, in YAML, exhaust memory while parsing). JSON is
// checked on the parsed value (V8's JSON.parse is iterative), its text scanned only to name the line.

/** Where a text first nests deeper than allowed. */
export interface TooDeep {
  depth: number;
  line: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;
const NEWLINE = 10;

/** Returns where JSON text first exceeds `maxDepth` levels of arrays/objects, or undefined when it never does. */
export function scanJsonDepth(text: string, maxDepth: number): TooDeep | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfJsonString(text, i);
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > maxDepth) return { depth, line: lineAt(text, i) };
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--;
    }
  }
  return undefined;
}

/**
 * Whether a parsed JSON value has containers nested deeper than `maxDepth` (the top-level container is level 1),
 * walked without recursion. Walking the value is cheaper than scanning its text: it skips every string and number.
 */
export function valueExceedsDepth(root: unknown, maxDepth: number): boolean {
  if (typeof root !== 'object' || root === null) return false;
  const containers: object[] = [root];
  const depths: number[] = [1];
  while (containers.length > 0) {
    const value = containers.pop() as Record<string, unknown> | unknown[];
    const depth = depths.pop()!;
    if (depth > maxDepth) return true;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) pushContainer(value[i], depth + 1, containers, depths);
    } else {
      for (const key in value) pushContainer(value[key], depth + 1, containers, depths);
    }
  }
  return false;
}

function pushContainer(child: unknown, depth: number, containers: object[], depths: number[]): void {
  if (typeof child === 'object' && child !== null) {
    containers.push(child);
    depths.push(depth);
  }
}

/** Index of the quote closing the string opened at `open` (strings are skipped with indexOf, the bulk of a plan). */
function endOfJsonString(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  while (q > 0) {
    let slashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
  return text.length;
}

/**
 * Returns where YAML text may exceed `maxDepth` levels. The estimate is an upper bound: a line's indentation plus its
 * compact block indicators (`- - - x`) plus open flow brackets, so a document passing it cannot nest deeper.
 */
export function scanYamlDepth(text: string, maxDepth: number): TooDeep | undefined {
  let flow = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let indent = 0;
    while (text.charCodeAt(i) === 32) { indent++; i++; }
    let indicators = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if ((c === 45 || c === 63) && (next === 32 || next === 9)) { indicators++; i += 2; }
      else if (c === 32 || c === 9) i++;
      else break;
    }
    if (text.startsWith('---', i) || text.startsWith('...', i)) flow = 0;
    let deepest = flow;
    let quote = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) break;
      if (quote) { if (c === quote) quote = 0; continue; }
      if ((c === QUOTE || c === 39) && startsScalar(text, i)) quote = c;
      else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32)) { i = skipToNewline(text, i); break; }
      else if (c === OPEN_BRACKET || c === OPEN_BRACE) deepest = Math.max(deepest, ++flow);
      else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && flow > 0) flow--;
    }
    const depth = indent + indicators + deepest;
    if (depth > maxDepth) return { depth, line };
    i++;
    line++;
  }
  return undefined;
}

/** A quote opens a quoted scalar only where a scalar may start; `don't` inside a plain scalar opens nothing. */
function startsScalar(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  return i === 0 || before === 32 || before === 9 || before === OPEN_BRACKET || before === OPEN_BRACE || before === 44 || before === 58 || before === NEWLINE;
}

function skipToNewline(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
