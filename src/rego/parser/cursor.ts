// Token cursor shared by the parser files: lookahead, positions for AST nodes, backtracking marks and
// syntax failures. A failure is thrown (SyntaxFailure) and caught at statement level or at a backtrack point.

import type { Token, TokenKind } from '../lexer';
import type { RegoVersion } from './rego-version';
import type { Loc, Span } from '../ast/nodes';

/**
 * A syntax error at a token; unwinds to the nearest backtrack point or statement boundary. Deliberately not an
 * Error subclass: backtracking throws these often and a stack trace is never needed.
 */
export class SyntaxFailure {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly col: number,
    readonly offset: number,
  ) {}
}

/** Experimental keyword sets switched on by `import future.keywords.and|or|not`. */
export interface ExperimentalKeywords {
  and: boolean;
  or: boolean;
  not: boolean;
}

/** Position state restored by `reset`. */
export interface Mark {
  pos: number;
  wildcard: number;
  problems: number;
}

/** Node position fields. */
export interface Pos {
  span: Span;
  loc: Loc;
}

/** Walks a token array; every parser function takes one of these. */
export class Cursor {
  pos = 0;
  /** How many terms are being parsed inside each other (see MAX_TERM_DEPTH). */
  depth = 0;
  /** Counter for generated wildcard names (`$0`, `$1`, …), unique per parse. */
  wildcard = 0;
  readonly experimental: ExperimentalKeywords = { and: false, or: false, not: false };
  /** The syntax being read: v0 drops v1's declaration checks (`if`, `contains`) and reads `p[x]` as a set. */
  regoVersion: RegoVersion = 'v1';
  /** Errors that do not stop parsing (OPA's Rego v1 checks on rules), in source order. */
  readonly problems: SyntaxFailure[] = [];

  constructor(
    readonly file: string,
    readonly tokens: Token[],
    /** Lexer messages by token start offset, reported when the parser reaches an `illegal` token. */
    private readonly illegalMessages: ReadonlyMap<number, string> = new Map(),
  ) {}

  /** The current token (or one further on); the last token is always `eof`. */
  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)];
  }

  /** Whether the current token has the kind. */
  at(kind: TokenKind): boolean {
    return this.peek().kind === kind;
  }

  /** Consumes and returns the current token. */
  next(): Token {
    const tok = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return tok;
  }

  /** Consumes a token of the kind or fails with OPA's `unexpected X token: expected Y`. */
  expect(kind: TokenKind, note = `expected ${kind}`): Token {
    if (!this.at(kind)) this.unexpected(note);
    return this.next();
  }

  /** The previously consumed token (for span ends). */
  previous(): Token {
    return this.tokens[Math.max(this.pos - 1, 0)];
  }

  /** Whether the current token is the keyword used as a keyword, not as the head of a ref (`if.x`, `in[0]`). */
  atKeyword(kind: TokenKind): boolean {
    return this.at(kind) && !this.keywordStartsRef();
  }

  /** Whether the current token is the experimental keyword `word` (lexed as an identifier). */
  atWord(word: 'and' | 'or'): boolean {
    const tok = this.peek();
    return tok.kind === 'ident' && tok.text === word && this.experimental[word];
  }

  /** Whether any experimental logical keyword is on (enables `{…}`/`(…)` operands and `not {…}`). */
  logicalMode(): boolean {
    return this.experimental.and || this.experimental.or || this.experimental.not;
  }

  /** A token written immediately (no whitespace) after the current one is `.` or `[` (keyword used as ref head). */
  keywordStartsRef(): boolean {
    const after = this.peek(1);
    return !after.spaceBefore && (after.kind === '.' || after.kind === '[');
  }

  mark(): Mark {
    return { pos: this.pos, wildcard: this.wildcard, problems: this.problems.length };
  }

  reset(mark: Mark): void {
    this.pos = mark.pos;
    this.wildcard = mark.wildcard;
    this.problems.length = mark.problems;
  }

  /** Records an error at a node position and keeps parsing. */
  report(pos: Pos, message: string): void {
    this.problems.push(new SyntaxFailure(message, pos.loc.line, pos.loc.col, pos.span.start));
  }

  /** Runs `parse`; on a syntax failure, restores the position and returns undefined. */
  attempt<T>(parse: () => T): T | undefined {
    const mark = this.mark();
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      this.reset(mark);
      return undefined;
    }
  }

  /** Fails at the current token with OPA's wording: `unexpected } token[: note]`. */
  unexpected(note?: string, tok: Token = this.peek()): never {
    if (tok.kind === 'illegal') this.failAt(tok, this.illegalMessages.get(tok.start) ?? 'illegal token');
    const noun = isWordToken(tok) ? 'keyword' : 'token';
    this.failAt(tok, `unexpected ${describe(tok)} ${noun}${note ? `: ${note}` : ''}`);
  }

  /** Fails with a message at a token. */
  failAt(tok: Token, message: string): never {
    throw new SyntaxFailure(message, tok.line, tok.col, tok.start);
  }

  /** Fails with a message at a node position. */
  failAtPos(pos: Pos, message: string): never {
    throw new SyntaxFailure(message, pos.loc.line, pos.loc.col, pos.span.start);
  }

  /** Position of a node that starts at `start` and ends with the last consumed token. */
  posFrom(start: Token): Pos {
    const end = Math.max(this.previous().end, start.end);
    return { span: { file: this.file, start: start.start, end }, loc: { file: this.file, line: start.line, col: start.col } };
  }

  /** Position of a node spanning from one node's start to another's end. */
  posBetween(from: Pos, to: Pos): Pos {
    return { span: { file: this.file, start: from.span.start, end: to.span.end }, loc: from.loc };
  }

  /** Position of exactly one token. */
  posOf(tok: Token): Pos {
    return { span: { file: this.file, start: tok.start, end: tok.end }, loc: { file: this.file, line: tok.line, col: tok.col } };
  }
}

/** Keywords print as "keyword" in OPA's messages, everything else as "token". */
function isWordToken(tok: Token): boolean {
  return /^[a-z]+$/.test(tok.kind) && !['ident', 'number', 'string', 'template', 'eof', 'illegal'].includes(tok.kind);
}

function describe(tok: Token): string {
  return tok.kind === 'template' ? 'template-string' : tok.kind;
}
