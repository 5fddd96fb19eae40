// Rego versions: v1 (OPA 1.x, the default) and v0 (OPA 0.x, what `opa --v0-compatible` and conftest's
// `--rego-version v0` accept). In v0 the words `if`, `contains`, `in` and `every` are plain names unless the module
// imports them (`future.keywords[.x]`) or imports `rego.v1`, which makes the whole module v1.
import type { Token } from '../lexer';

/** The Rego syntax and semantics a module is written in. */
export type RegoVersion = 'v0' | 'v1';

/** Every version, in the order users see them in messages. */
export const REGO_VERSIONS: readonly RegoVersion[] = ['v0', 'v1'];

/** The keywords v1 reserves that v0 offers only through `import future.keywords`. */
const FUTURE_KEYWORDS = ['contains', 'every', 'if', 'in'] as const;

/** What the imports of a v0 module switch on. */
export interface V0Imports {
  /** `import rego.v1`: the module is read and compiled as v1. */
  regoV1: boolean;
  /** Future keywords imported one by one or all at once. */
  keywords: Set<string>;
}

/** The dotted path after an `import` token at `at`, as the words written (`future`, `keywords`, `in`). */
function importPath(tokens: readonly Token[], at: number): string[] {
  const words: string[] = [];
  let i = at + 1;
  while (i < tokens.length) {
    words.push(tokens[i].text);
    if (tokens[i + 1]?.kind !== '.' || tokens[i + 1].spaceBefore) break;
    i += 2;
  }
  return words;
}

/** Reads the imports that change a v0 module's keywords (imports precede rules, so a scan of the tokens suffices). */
export function readV0Imports(tokens: readonly Token[]): V0Imports {
  const found: V0Imports = { regoV1: false, keywords: new Set() };
  tokens.forEach((tok, i) => {
    if (tok.kind !== 'import' || !(i === 0 || tok.newlineBefore || tokens[i - 1].kind === ';')) return;
    const [root, second, keyword] = importPath(tokens, i);
    if (root === 'rego' && second === 'v1') found.regoV1 = true;
    if (root === 'future' && second === 'keywords') {
      for (const k of FUTURE_KEYWORDS) if (keyword === undefined || keyword === k) found.keywords.add(k);
    }
  });
  return found;
}

/**
 * The tokens of a v0 module as v0 reads them: the future keywords the module does not import become names
 * (`in := 1`, `contains(s, "x")`, a rule called `every`). A module importing `rego.v1` keeps v1's tokens.
 */
export function v0Tokens(tokens: Token[], imports: V0Imports): Token[] {
  if (imports.regoV1) return tokens;
  const plain = new Set<string>(FUTURE_KEYWORDS.filter((k) => !imports.keywords.has(k)));
  return tokens.map((tok) => (plain.has(tok.kind) ? { ...tok, kind: 'ident' } : tok));
}
