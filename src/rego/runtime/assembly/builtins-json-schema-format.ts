// The "format" keyword of the JSON-schema built-ins (not a family file, not re-exported): gojsonschema's
// checkers for date, time, date-time, email, hostname, ipv4, ipv6, uri, uuid and regex. Other format names
// always match, as in gojsonschema.

import { malloc } from "./alloc";
import { parseAddress, newIp } from "./builtins-net-addr";
import { builtin_uri__parse } from "./builtins-uri";
import { compileRegex, regexMatches } from "./regex/search";
import { objectGet } from "./table";
import { makeStringLiteral, stringBytes, stringLength, valueType, TYPE_OBJECT, TYPE_STRING } from "./value";

const DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
const TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([zZ]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";
const DATE_TIME = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[tT ]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([zZ]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$";
const EMAIL = "^[^@\\s]+@[^@\\s]+$";
const HOSTNAME = "^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\\.?$";
const UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

function isName(format: usize, name: string): bool {
  if (stringLength(format) != <u32>name.length) return false;
  for (let i = 0; i < name.length; i++) {
    if (<u32>load<u8>(stringBytes(format) + i) != <u32>name.charCodeAt(i)) return false;
  }
  return true;
}

// Whether the whole string matches an ASCII regular expression literal.
function matchesPattern(pattern: string, s: usize): bool {
  const bytes = malloc(<usize>pattern.length);
  for (let i = 0; i < pattern.length; i++) store<u8>(bytes + i, <u8>pattern.charCodeAt(i));
  const prog = compileRegex(bytes, pattern.length);
  return changetype<usize>(prog) != 0 && regexMatches(prog, stringBytes(s), <i32>stringLength(s));
}

// net.ParseIP succeeds and the text has the separator of the address family (gojsonschema's rule).
function isAddress(s: usize, separator: u8): bool {
  const p = stringBytes(s);
  const n = <i32>stringLength(s);
  let has = false;
  for (let i: i32 = 0; i < n; i++) if (load<u8>(p + i) == separator) has = true;
  return has && parseAddress(p, 0, n, newIp());
}

function hasScheme(s: usize): bool {
  const parsed = builtin_uri__parse(s);
  return parsed != 0 && valueType(parsed) == TYPE_OBJECT && objectGet(parsed, makeStringLiteral("scheme")) != 0;
}

/** Whether string `s` satisfies the format named by `format` (unknown formats always do). */
export function formatMatches(format: usize, s: usize): bool {
  if (valueType(format) != TYPE_STRING) return true;
  if (isName(format, "date")) return matchesPattern(DATE, s);
  if (isName(format, "time")) return matchesPattern(TIME, s);
  if (isName(format, "date-time")) return matchesPattern(DATE_TIME, s);
  if (isName(format, "email")) return matchesPattern(EMAIL, s);
  if (isName(format, "hostname")) return stringLength(s) <= 253 && matchesPattern(HOSTNAME, s);
  if (isName(format, "uuid")) return matchesPattern(UUID, s);
  if (isName(format, "ipv4")) return isAddress(s, 46);
  if (isName(format, "ipv6")) return isAddress(s, 58);
  if (isName(format, "uri")) return hasScheme(s);
  if (isName(format, "regex")) return changetype<usize>(compileRegex(stringBytes(s), <i32>stringLength(s))) != 0;
  return true;
}
