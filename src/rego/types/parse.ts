// Reads a type written as OPA prints it, so that built-in signatures are declared in the notation their
// error messages use: `string`, `array[number]`, `array<number, string>`, `set[any]`, `object[string: any]`,
// `object<pretty: boolean>[string: any]`, `any<number, array<number, string>>`. A built-in's argument or result
// may carry a name: `haystack: string` (printed in "want:" lines as OPA does).
import { ANY, BOOLEAN, NULL, NUMBER, STRING, anyOf, arrayOf, objectOf, setOf, type StaticProperty, type Type } from './types';

const SCALARS: Readonly<Record<string, Type>> = { null: NULL, boolean: BOOLEAN, number: NUMBER, string: STRING };

class TypeReader {
  private at = 0;

  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new Error(`type ${JSON.stringify(this.text)}: ${what} at offset ${this.at}`);
  }

  private skipSpace(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private eat(token: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.eat(token)) this.fail(`expected "${token}"`);
  }

  private word(): string {
    this.skipSpace();
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.at));
    if (!m) this.fail('expected a name');
    this.at += m[0].length;
    return m[0];
  }

  private key(): string {
    this.skipSpace();
    if (this.text[this.at] !== '"') return this.word();
    const end = this.text.indexOf('"', this.at + 1);
    if (end < 0) this.fail('unterminated key');
    const k = this.text.slice(this.at + 1, end);
    this.at = end + 1;
    return k;
  }

  private list(close: string): Type[] {
    const out = [this.type()];
    while (this.eat(',')) out.push(this.type());
    this.expect(close);
    return out;
  }

  type(): Type {
    const w = this.word();
    if (w in SCALARS) return SCALARS[w];
    if (w === 'any') return this.eat('<') ? anyOf(this.list('>')) : ANY;
    if (w === 'set') {
      this.expect('[');
      const of = this.type();
      this.expect(']');
      return setOf(of);
    }
    if (w === 'array') {
      const statics = this.eat('<') ? this.list('>') : [];
      let dynamic: Type | undefined;
      if (this.eat('[')) {
        dynamic = this.type();
        this.expect(']');
      }
      return arrayOf(statics, dynamic);
    }
    if (w === 'object') return this.object();
    return this.fail(`unknown type "${w}"`);
  }

  private object(): Type {
    const props: StaticProperty[] = [];
    if (this.eat('<')) {
      do {
        const key = this.key();
        this.expect(':');
        props.push({ key, value: this.type() });
      } while (this.eat(','));
      this.expect('>');
    }
    if (!this.eat('[')) return objectOf(props);
    const key = this.type();
    this.expect(':');
    const value = this.type();
    this.expect(']');
    return objectOf(props, { key, value });
  }

  end(): void {
    this.skipSpace();
    if (this.at !== this.text.length) this.fail('unexpected text');
  }
}

/** Parses a type, optionally named (`x: number`); throws on malformed text (declarations are code, not input). */
export function parseType(text: string): Type {
  // A name is the only text that can stand before a top-level ": " (types put theirs inside <…> or […]).
  const named = /^([A-Za-z_][A-Za-z0-9_ ]*): (.+)$/.exec(text);
  const reader = new TypeReader(named ? named[2] : text);
  const t = reader.type();
  reader.end();
  return named ? { ...t, name: named[1] } : t;
}
