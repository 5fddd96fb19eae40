// Checks on number literals that OPA's parser makes after scanning: no leading zeros, bounded exponent.
// The literal text itself is kept unchanged in the AST (arbitrary precision is the runtime's business).

/** What is wrong with a number literal, if anything. */
export type NumberProblem = 'leading-zero' | 'too-big' | undefined;

/**
 * OPA rejects `01`, `007` (but not `0.5`, `0e3`, or digits after a leading `.`) and numbers whose binary
 * exponent exceeds 1e5 (about 10^30103), to keep arithmetic on them bounded.
 */
export function checkNumber(text: string, afterDecimalPoint: boolean): NumberProblem {
  if (!afterDecimalPoint && text.length > 1 && text[0] === '0') {
    const decimal = text[1] === '.';
    const scientific = text.length > 2 && (text[1] === 'e' || text[1] === 'E');
    if (!decimal && !scientific) return 'leading-zero';
  }
  return decimalMagnitude(text) > MAX_DECIMAL_EXPONENT ? 'too-big' : undefined;
}

/** log10(2^1e5): OPA's limit on the binary exponent, in decimal digits. */
const MAX_DECIMAL_EXPONENT = 30103;

/** Rough |log10| of the literal: exponent plus the number of integer digits (enough for a bound check). */
function decimalMagnitude(text: string): number {
  const match = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return 0;
  const intDigits = match[1].replace(/^0+/, '').length;
  const exponent = match[3] ? Number(match[3]) : 0;
  return Math.abs(exponent + intDigits);
}
