// Token kinds of Rego v1 and the keyword and punctuation tables the lexer reads them from.
// First stage of the front end: lexer (this folder) → parser → AST.

/** Keywords of Rego v1 (OPA 1.x): always reserved. `and`/`or` are experimental and stay identifiers here. */
export const KEYWORDS = [
  'package',
  'import',
  'as',
  'default',
  'else',
  'not',
  'some',
  'with',
  'null',
  'true',
  'false',
  'in',
  'every',
  'contains',
  'if',
] as const;

/** A keyword token kind. */
export type Keyword = (typeof KEYWORDS)[number];

/** Operators and delimiters, longest first so the lexer can match greedily. */
export const PUNCTUATION = [
  ':=', '==', '!=', '<=', '>=',
  '[', ']', '{', '}', '(', ')', ',', ':', ';', '.',
  '+', '-', '*', '/', '%', '&', '|', '=', '<', '>',
] as const;

/** An operator or delimiter token kind. */
export type Punctuation = (typeof PUNCTUATION)[number];

/**
 * Every token kind. `string` covers quoted and raw strings (see `Token.raw`); `template` is one literal part of a
 * template string (`$"…{`, `}…{`, `}…"`); `illegal` carries a lexer error; `eof` ends every stream.
 */
export type TokenKind = 'ident' | 'number' | 'string' | 'template' | 'illegal' | 'eof' | Keyword | Punctuation;

/** One token with its position. */
export interface Token {
  kind: TokenKind;
  /** The exact source text of the token. */
  text: string;
  /** Offsets into the source (`end` exclusive). */
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  col: number;
  /** Whitespace or a comment comes right before this token (refs and calls must be written without it). */
  spaceBefore: boolean;
  /** A line break comes between the previous token and this one (ends a body literal). */
  newlineBefore: boolean;
  /** Decoded value of `string` and `template` tokens. */
  value?: string;
  /** `string`: written in backticks; `template`: part of a raw template string. */
  raw?: boolean;
  /** `template`: this part ends the template string (closing quote) rather than opening an expression (`{`). */
  last?: boolean;
}

/** A `#` comment; `text` excludes the `#` and any trailing `\r`. */
export interface CommentToken {
  text: string;
  start: number;
  end: number;
  line: number;
  col: number;
}

/** A lexer error, reported at the start of the offending token (as OPA does). */
export interface LexError {
  message: string;
  start: number;
  line: number;
  col: number;
}

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

/** Whether an identifier is a Rego v1 keyword. */
export function isKeyword(text: string): text is Keyword {
  return KEYWORD_SET.has(text);
}
