// A strict little XML 1.0 parser for the JUnit tests: elements, attributes, text, the five entities and
// character references, comments and the declaration. Anything not well-formed throws with its offset.

/** A parsed element. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const LEGAL = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

class XmlReader {
  private pos = 0;

  constructor(private readonly src: string) {}

  parseDocument(): XmlElement {
    if (!LEGAL.test(this.src)) throw new Error('document contains characters XML 1.0 forbids');
    if (this.src.startsWith('<?xml')) this.pos = this.expectIndex('?>') + 2;
    this.skipMisc();
    const root = this.parseElement();
    this.skipMisc();
    if (this.pos !== this.src.length) this.fail('content after the root element');
    return root;
  }

  private parseElement(): XmlElement {
    this.expect('<');
    const name = this.readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.src.startsWith('/>', this.pos)) {
        this.pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (this.src[this.pos] === '>') break;
      if (!hadSpace) this.fail('expected whitespace before attribute');
      const attr = this.readName();
      if (attr in attributes) this.fail(`duplicate attribute ${attr}`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      attributes[attr] = this.readQuoted();
    }
    this.pos += 1;
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`unclosed <${name}>`);
      if (this.src.startsWith('</', this.pos)) {
        this.pos += 2;
        if (this.readName() !== name) this.fail(`mismatched end tag for <${name}>`);
        this.skipSpace();
        this.expect('>');
        return { name, attributes, children, text };
      }
      if (this.src.startsWith('<!--', this.pos)) this.pos = this.expectIndex('-->') + 3;
      else if (this.src.startsWith('<![CDATA[', this.pos)) {
        const end = this.expectIndex(']]>');
        text += this.src.slice(this.pos + 9, end);
        this.pos = end + 3;
      } else if (this.src[this.pos] === '<') children.push(this.parseElement());
      else text += this.readText('<');
    }
  }

  private readQuoted(): string {
    const quote = this.src[this.pos];
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
    this.pos += 1;
    const value = this.readText(quote);
    this.pos += 1;
    return value;
  }

  /** Reads character data up to `stop`, resolving references; `<` and a lone `&` are errors. */
  private readText(stop: string): string {
    let out = '';
    while (this.pos < this.src.length && this.src[this.pos] !== stop) {
      const c = this.src[this.pos];
      if (c === '<') this.fail('unescaped < in text or attribute');
      if (c === '&') {
        const end = this.src.indexOf(';', this.pos);
        if (end < 0) this.fail('unterminated reference');
        const ref = this.src.slice(this.pos + 1, end);
        if (ref.startsWith('#x')) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
        else if (ref.startsWith('#')) out += String.fromCodePoint(parseInt(ref.slice(1), 10));
        else if (ref in ENTITY) out += ENTITY[ref];
        else this.fail(`unknown entity &${ref};`);
        this.pos = end + 1;
      } else {
        if (stop === '<' && this.src.startsWith(']]>', this.pos)) this.fail(']]> in text');
        out += c;
        this.pos += 1;
      }
    }
    return out;
  }

  private readName(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail('expected a name');
    this.pos += m![0].length;
    return m![0];
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/[ \t\r\n]/.test(this.src[this.pos] ?? '')) this.pos += 1;
    return this.pos > start;
  }

  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith('<!--', this.pos)) this.pos = this.expectIndex('-->') + 3;
      else return;
    }
  }

  private expect(s: string): void {
    if (!this.src.startsWith(s, this.pos)) this.fail(`expected ${s}`);
    this.pos += s.length;
  }

  private expectIndex(s: string): number {
    const i = this.src.indexOf(s, this.pos);
    if (i < 0) this.fail(`expected ${s}`);
    return i;
  }

  private fail(message: string): never {
    throw new Error(`XML not well-formed at offset ${this.pos}: ${message}`);
  }
}

/** Parses a whole XML document; throws when it is not well-formed. */
export function parseXml(text: string): XmlElement {
  return new XmlReader(text).parseDocument();
}
