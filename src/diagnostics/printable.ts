// Text from inputs, policies and file names printed to a terminal or a CI log: it must stay on its line and must
// not steer the reader. A newline in a file name would start a line of its own, which GitHub Actions reads as a
// workflow command (`::error file=...::`); ESC starts terminal control sequences; U+2028/2029 end lines in some
// viewers; bidirectional overrides reorder what is shown. Each becomes a visible escape.

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control, line-separator and bidi-override character shown as `\xNN` / `\uNNNN`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeOne);
}

/** `printable`, keeping line breaks and tabs: for multi-line text whose writer escapes line breaks itself. */
export function printableLines(text: string): string {
  return text.split(/(\r\n|\r|\n|\t)/).map((part, i) => (i % 2 === 1 ? part : printable(part))).join('');
}
