// Turns Rego source text into tokens in one linear pass, keeping comments aside for METADATA blocks.
// Errors (bad escapes, unterminated strings, stray characters) become `illegal` tokens plus a LexError.

import { isKeyword, PUNCTUATION, type CommentToken, type LexError, type Token, type TokenKind } from './tokens';
import { decodeStringBody } from './strings';

/** Output of `tokenize`: tokens (ending with `eof`), comments and lexer errors, all in source order. */
export interface LexResult {
  tokens: Token[];
  comments: CommentToken[];
  errors: LexError[];
}

const BOM = 0xfeff;

/** Punctuation indexed by first character, longest candidates first. */
const PUNCT_BY_FIRST = new Map<string, string[]>();
for (const p of PUNCTUATION) {
  const list = PUNCT_BY_FIRST.get(p[0]) ?? [];
  list.push(p);
  PUNCT_BY_FIRST.set(p[0], list);
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Identifier continuation: OPA also accepts Unicode digits after the first letter. */
function isIdentPart(ch: string, c: number): boolean {
  return isLetter(c) || isDecimal(c) || (c >= 0x80 && /\p{Nd}/u.test(ch));
}

/** Open template strings: how many `{` deep the embedded expression is, and whether the template is raw. */
interface TemplateFrame {
  raw: boolean;
  depth: number;
}

/** Tokenizes a whole source text. */
export function tokenize(text: string): LexResult {
  return new Lexer(text).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];
  private readonly comments: CommentToken[] = [];
  private readonly errors: LexError[] = [];
  private readonly templates: TemplateFrame[] = [];
  private spaceBefore = false;
  private newlineBefore = false;
  /** Line and line start of the token being scanned (raw strings may move `line` on before it is pushed). */
  private tokLine = 1;
  private tokLineStart = 0;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === BOM) this.pos = 1;
    this.lineStart = this.pos;
  }

  run(): LexResult {
    for (;;) {
      this.skipTrivia();
      if (this.pos >= this.text.length) {
        this.tokLine = this.line;
        this.tokLineStart = this.lineStart;
        this.push('eof', this.pos, this.pos);
        return { tokens: this.tokens, comments: this.comments, errors: this.errors };
      }
      this.scanToken();
    }
  }

  /** Skips whitespace and comments, recording whether they contained a line break. */
  private skipTrivia(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 10) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
        this.newlineBefore = true;
        this.spaceBefore = true;
      } else if (c === 32 || c === 9 || c === 13) {
        this.pos++;
        this.spaceBefore = true;
      } else if (c === 35) {
        this.scanComment();
        this.spaceBefore = true;
      } else {
        return;
      }
    }
  }

  private scanComment(): void {
    const start = this.pos;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    this.pos = end;
    const textEnd = end > start + 1 && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    this.comments.push({ text: this.text.slice(start + 1, textEnd), start, end: textEnd, line: this.line, col: start - this.lineStart + 1 });
  }

  private scanToken(): void {
    const start = this.pos;
    this.tokLine = this.line;
    this.tokLineStart = this.lineStart;
    const t = this.text;
    const c = t.charCodeAt(start);
    if (isLetter(c)) {
      this.scanIdentifier(start);
    } else if (isDecimal(c)) {
      this.scanNumber(start);
    } else if (c === 34) {
      this.scanString(start);
    } else if (c === 96) {
      this.scanRawString(start);
    } else if (c === 36) {
      this.scanTemplateStart(start);
    } else if (c === 125 && this.templates.length > 0 && this.templates[this.templates.length - 1].depth === 0) {
      // A `}` closing an embedded template expression resumes the template's literal text.
      this.pos++;
      this.scanTemplatePart(start, this.templates.pop()!.raw);
    } else {
      this.scanPunctuation(start, c);
    }
  }

  private scanIdentifier(start: number): void {
    const t = this.text;
    let p = start + 1;
    while (p < t.length && isIdentPart(t[p], t.charCodeAt(p))) p++;
    this.pos = p;
    const word = t.slice(start, p);
    this.push(isKeyword(word) ? word : 'ident', start, p);
  }

  /** Digits, optional fraction, optional exponent; a trailing letter makes the whole run one illegal number. */
  private scanNumber(start: number): void {
    const t = this.text;
    let p = start;
    let error: string | undefined;
    while (isDecimal(t.charCodeAt(p))) p++;
    if (t.charCodeAt(p) === 46) {
      p++;
      const digits = p;
      while (isDecimal(t.charCodeAt(p))) p++;
      if (p === digits) error = 'expected fraction';
    }
    if ((t.charCodeAt(p) | 32) === 101) {
      p++;
      if (t[p] === '+' || t[p] === '-') p++;
      const digits = p;
      while (isDecimal(t.charCodeAt(p))) p++;
      if (p === digits) error ??= 'expected exponent';
    }
    if (isLetter(t.charCodeAt(p))) {
      error ??= 'illegal number format';
      while (p < t.length && isIdentPart(t[p], t.charCodeAt(p))) p++;
    }
    this.pos = p;
    if (error) this.fail(error, start, p);
    else this.push('number', start, p);
  }

  /** A quoted string: ends at the closing quote on the same line; escapes are checked and decoded. */
  private scanString(start: number): void {
    const end = this.findQuoteEnd(start + 1, 34);
    if (end < 0) return;
    this.pos = end;
    const decoded = decodeStringBody(this.text.slice(start + 1, end - 1), false);
    if (typeof decoded !== 'string') return this.fail(decoded.error, start, end);
    this.push('string', start, end, { value: decoded });
  }

  /**
   * Finds the end (exclusive) of a quoted literal whose body starts at `from`, stopping at `close` or at an
   * unescaped `{` when `close` is a template quote. Returns -1 after reporting a non-terminated string.
   */
  private findQuoteEnd(from: number, close: number, template = false): number {
    const t = this.text;
    let p = from;
    while (p < t.length) {
      const c = t.charCodeAt(p);
      if (c === 10) break;
      if (c === 92) {
        // An escaped line break is still a line break inside a quoted string.
        if (t.charCodeAt(p + 1) === 10) break;
        p += 2;
        continue;
      }
      p++;
      if (c === close || (template && c === 123)) return p;
    }
    this.pos = Math.min(p, t.length);
    this.fail('non-terminated string', from - 1, this.pos, from - 1);
    return -1;
  }

  private scanRawString(start: number): void {
    const close = this.text.indexOf('`', start + 1);
    if (close < 0) {
      this.advanceTo(this.text.length);
      return this.fail('non-terminated string', start, this.text.length);
    }
    this.advanceTo(close + 1);
    this.push('string', start, close + 1, { value: this.text.slice(start + 1, close), raw: true });
  }

  /** `$"` or `` $` `` opens a template string; any other `$` is illegal. */
  private scanTemplateStart(start: number): void {
    const next = this.text.charCodeAt(start + 1);
    if (next !== 34 && next !== 96) {
      this.pos = start + 1;
      return this.fail('illegal $ character', start, start + 1);
    }
    this.pos = start + 2;
    this.scanTemplatePart(start, next === 96);
  }

  /** Scans template text from `this.pos` (after `$"`, `` $` `` or a closing `}`) up to `{` or the closing quote. */
  private scanTemplatePart(start: number, raw: boolean): void {
    const bodyStart = this.pos;
    let end: number;
    if (raw) {
      end = this.findRawTemplateEnd(bodyStart);
      if (end < 0) return;
      this.advanceTo(end);
    } else {
      end = this.findQuoteEnd(bodyStart, 34, true);
      if (end < 0) return;
      this.pos = end;
    }
    const last = this.text.charCodeAt(end - 1) !== 123;
    const body = this.text.slice(bodyStart, end - 1);
    const decoded = decodeStringBody(body, raw, true);
    if (typeof decoded !== 'string') return this.fail(decoded.error, start, end);
    if (!last) this.templates.push({ raw, depth: 0 });
    this.push('template', start, end, { value: decoded, raw, last });
  }

  private findRawTemplateEnd(from: number): number {
    const t = this.text;
    for (let p = from; p < t.length; p++) {
      const c = t.charCodeAt(p);
      if (c === 92 && t.charCodeAt(p + 1) === 123) p++;
      else if (c === 96 || c === 123) return p + 1;
    }
    this.advanceTo(t.length);
    this.fail('non-terminated string', from - 1, t.length);
    return -1;
  }

  private scanPunctuation(start: number, c: number): void {
    const candidates = PUNCT_BY_FIRST.get(this.text[start]);
    const match = candidates?.find((p) => this.text.startsWith(p, start));
    if (!match) {
      this.pos = start + 1;
      const message = c === 33 ? 'illegal ! character' : c === 0 ? 'illegal null character' : c === BOM ? 'illegal byte-order mark' : 'illegal token';
      return this.fail(message, start, start + 1);
    }
    this.pos = start + match.length;
    const frame = this.templates[this.templates.length - 1];
    if (frame && match === '{') frame.depth++;
    if (frame && match === '}') frame.depth--;
    this.push(match as TokenKind, start, this.pos);
  }

  /** Moves to `to`, counting the line breaks passed (raw strings may span lines). */
  private advanceTo(to: number): void {
    for (let p = this.pos; p < to; p++) {
      if (this.text.charCodeAt(p) === 10) {
        this.line++;
        this.lineStart = p + 1;
      }
    }
    this.pos = to;
  }

  private fail(message: string, start: number, end: number, at = start): void {
    this.errors.push({ message, start: at, line: this.tokLine, col: at - this.tokLineStart + 1 });
    this.push('illegal', start, end);
  }

  private push(kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}): void {
    this.tokens.push({
      kind,
      text: this.text.slice(start, end),
      start,
      end,
      line: this.tokLine,
      col: start - this.tokLineStart + 1,
      spaceBefore: this.spaceBefore,
      newlineBefore: this.newlineBefore,
      ...extra,
    });
    this.spaceBefore = false;
    this.newlineBefore = false;
  }
}
