// XML 1.0 escaping for the JUnit view: characters XML 1.0 forbids (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) are dropped, markup characters become entities, so any message makes a well-formed file.

const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Removes characters that may not appear anywhere in an XML 1.0 document. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Text safe inside element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Attribute text: also keeps tabs and newlines, which attribute normalisation would turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
