// Public surface of the Rego lexer: tokenize() and the token types the parser consumes.
export { tokenize } from './lexer';
export type { LexResult } from './lexer';
export { isKeyword, KEYWORDS, PUNCTUATION } from './tokens';
export type { CommentToken, Keyword, LexError, Punctuation, Token, TokenKind } from './tokens';
