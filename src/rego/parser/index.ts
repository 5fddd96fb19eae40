// Public surface of the Rego parser: modules, queries and single terms. Syntax errors are thrown as one
// PlangateError carrying `rego_parse_error` diagnostics (file, line, col), at most ERROR_LIMIT of them.

import { diagnostic, PlangateError, type Diagnostic } from '../../diagnostics';
import type { Expr, Module, RefTerm, Term } from '../ast/nodes';
import { refTerm } from '../ast/build';
import { tokenize, type LexResult } from '../lexer';
import { Cursor, SyntaxFailure } from './cursor';
import { parseBody } from './literals';
import { ERROR_LIMIT, parseModuleTokens } from './parser';
import { readV0Imports, v0Tokens, type RegoVersion } from './rego-version';

export { ERROR_LIMIT } from './parser';
export { REGO_VERSIONS, type RegoVersion } from './rego-version';

/** How a module is read. */
export interface ParseModuleOptions {
  /** v1 (default) or v0, as OPA's `--v0-compatible` reads it. */
  regoVersion?: RegoVersion;
}

/** Parses a module in one version; the module, or the failures and the lexed tokens for the error. */
function parseInVersion(path: string, source: string, version: RegoVersion): { module?: Module; fail?: () => PlangateError } {
  const lexed = tokenize(source);
  const imports = version === 'v0' ? readV0Imports(lexed.tokens) : undefined;
  const tokens = imports ? v0Tokens(lexed.tokens, imports) : lexed.tokens;
  const c = newCursor(path, { ...lexed, tokens });
  if (imports && !imports.regoV1) c.regoVersion = 'v0';
  const result = guardStack(path, () => parseModuleTokens(c, lexed.comments, (text) => parseRefText(text, path)));
  if (!result.module) return { fail: () => toError(path, result.errors, lexed) };
  return { module: c.regoVersion === 'v0' ? { ...result.module, regoVersion: 'v0' } : result.module };
}

/** Parses a Rego module (v1 unless told otherwise); `path` is recorded in every node's span and location. */
export function parseModule(path: string, source: string, opts: ParseModuleOptions = {}): Module {
  const parsed = parseInVersion(path, source, opts.regoVersion ?? 'v1');
  if (!parsed.module) throw (parsed.fail as () => PlangateError)();
  return parsed.module;
}

/**
 * The parse error of a module that failed in one version, told (in OPA's "(hint: …)" style) that the file parses in
 * the other when it does: users of both versions meet each other's files.
 */
export function withVersionHint(error: PlangateError, path: string, source: string, version: RegoVersion = 'v1'): PlangateError {
  const other: RegoVersion = version === 'v1' ? 'v0' : 'v1';
  if (!parseInVersion(path, source, other).module) return error;
  const hint = ` (hint: read as Rego ${version}, the file parses as Rego ${other}: use --rego-version ${other} or regoVersion: ${other})`;
  return new PlangateError(error.diagnostics.map((d) => ({ ...d, message: d.message + hint })));
}

/** parseModule, whose errors carry the version hint of withVersionHint. */
export function parseModuleWithVersionHint(path: string, source: string, opts: ParseModuleOptions = {}): Module {
  try {
    return parseModule(path, source, opts);
  } catch (err) {
    if (!(err instanceof PlangateError) || err.diagnostics.some((d) => d.code !== 'rego_parse_error')) throw err;
    throw withVersionHint(err, path, source, opts.regoVersion);
  }
}

/** Parses a query (a body: literals separated by `;` or newlines). */
export function parseQuery(text: string, path = 'query'): Expr[] {
  const lexed = tokenize(text);
  const c = newCursor(path, lexed);
  return runOrThrow(path, lexed, () => {
    const body = parseBody(c, 'eof');
    if (!c.at('eof')) c.unexpected();
    return body;
  });
}

/** Parses exactly one term (conformance `input_term`, which may contain sets). */
export function parseTerm(text: string, path = 'term'): Term {
  const lexed = tokenize(text);
  const c = newCursor(path, lexed);
  return runOrThrow(path, lexed, () => {
    const body = parseBody(c, 'eof');
    const expr = body[0];
    const kind = expr.terms.kind;
    const isTerm = !['Unify', 'Assign', 'SomeDecl', 'SomeIn', 'Every', 'Block', 'Logical'].includes(kind);
    if (body.length !== 1 || expr.negated || expr.with.length > 0 || !isTerm) c.failAtPos(expr, 'expected exactly one term');
    return expr.terms as Term;
  });
}

function parseRefText(text: string, path: string): RefTerm {
  const term = parseTerm(text, path);
  if (term.kind === 'Var') return refTerm(term, [], term);
  if (term.kind !== 'Ref') throw new PlangateError(diagnostic('rego_parse_error', `expected ref but got ${term.kind.toLowerCase()}`, { file: path }));
  return term;
}

function newCursor(path: string, lexed: LexResult): Cursor {
  return new Cursor(path, lexed.tokens, new Map(lexed.errors.map((e) => [e.start, e.message])));
}

function runOrThrow<T>(path: string, lexed: LexResult, parse: () => T): T {
  try {
    return guardStack(path, parse);
  } catch (e) {
    if (e instanceof SyntaxFailure) throw toError(path, [e], lexed);
    throw e;
  }
}

/**
 * MAX_TERM_DEPTH normally stops deep nesting first; how much stack a level takes depends on the JIT, so a
 * stack overflow that still happens becomes the same diagnostic instead of escaping as a RangeError.
 */
function guardStack<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new PlangateError(diagnostic('rego_parse_error', 'max parsing recursion depth exceeded', { file: path, line: 1, col: 1 }));
    }
    throw e;
  }
}

function toError(path: string, failures: SyntaxFailure[], lexed: LexResult): PlangateError {
  const sorted = [...failures].sort((a, b) => a.offset - b.offset || a.line - b.line);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const f of sorted) {
    const key = `${f.offset}:${f.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic('rego_parse_error', f.reason, { file: path, line: f.line, col: f.col, offset: f.offset }));
  }
  if (diagnostics.length === 0) {
    const lexError = lexed.errors[0];
    diagnostics.push(diagnostic('rego_parse_error', lexError?.message ?? 'parse failed', { file: path, line: lexError?.line ?? 1, col: lexError?.col ?? 1 }));
  }
  return new PlangateError(diagnostics.slice(0, ERROR_LIMIT));
}
