// Builds tzdata/zones.json, the IANA time zone database the time built-ins use for zones beyond UTC, from a
// compiled zoneinfo directory (TZif files; default /usr/share/zoneinfo): `node scripts/build-zones.mjs [DIR]`.
// Updating the zone data means running this against a newer tzdata and committing the JSON; nothing is rebuilt.
// Each zone keeps its transitions (Unix seconds), the local time types they switch to ([UTC offset seconds,
// abbreviation, daylight 0/1]) and the POSIX TZ rule that continues after the last transition. Zones with the
// same content (links such as CET/Europe/Paris aliases) share one entry.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? '/usr/share/zoneinfo';
const SKIP = new Set(['posix', 'right', 'posixrules', 'localtime', 'Factory']);

function zoneFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...zoneFiles(path));
    else if (readFileSync(path).subarray(0, 4).toString('latin1') === 'TZif') out.push(path);
  }
  return out;
}

/** The version 2+ (64-bit) data block of a TZif file and its footer. */
function parseTzif(bytes) {
  const header = (at) => ({
    isut: bytes.readUInt32BE(at + 20), isstd: bytes.readUInt32BE(at + 24), leap: bytes.readUInt32BE(at + 28),
    time: bytes.readUInt32BE(at + 32), type: bytes.readUInt32BE(at + 36), chars: bytes.readUInt32BE(at + 40),
  });
  if (bytes[4] < 0x32) throw new Error('TZif version 1 has no 64-bit data');
  const v1 = header(0);
  let at = 44 + v1.time * 5 + v1.type * 6 + v1.chars + v1.leap * 8 + v1.isstd + v1.isut;
  const h = header(at);
  at += 44;
  const times = [];
  for (let i = 0; i < h.time; i++) times.push(Number(bytes.readBigInt64BE(at + i * 8)));
  at += h.time * 8;
  const index = [...bytes.subarray(at, at + h.time)];
  at += h.time;
  const rawTypes = [];
  for (let i = 0; i < h.type; i++) rawTypes.push([bytes.readInt32BE(at + i * 6), bytes[at + i * 6 + 4], bytes[at + i * 6 + 5]]);
  at += h.type * 6;
  const chars = bytes.subarray(at, at + h.chars).toString('latin1');
  at += h.chars + h.leap * 12 + h.isstd + h.isut;
  const abbreviation = (i) => chars.slice(i, chars.indexOf('\0', i));
  const types = rawTypes.map(([offset, dst, abbr]) => [offset, abbreviation(abbr), dst]);
  const footer = bytes.subarray(at).toString('latin1').trim();
  return { times, index: index.map((i) => i.toString(36)).join(''), types, footer };
}

const zones = {};
const data = [];
const byContent = new Map();
for (const path of zoneFiles(source)) {
  const name = relative(source, path);
  const zone = parseTzif(readFileSync(path));
  const key = JSON.stringify(zone);
  let at = byContent.get(key);
  if (at === undefined) {
    at = data.push(zone) - 1;
    byContent.set(key, at);
  }
  zones[name] = at;
}
let version = 'unknown';
try {
  version = /^# version (\S+)/m.exec(readFileSync(join(source, 'tzdata.zi'), 'utf8'))?.[1] ?? version;
} catch {
  // Directories without tzdata.zi still build; the version is then unknown.
}
const out = join(root, 'tzdata', 'zones.json');
writeFileSync(out, JSON.stringify({ version, zones, data }) + '\n');
process.stderr.write(`build-zones: ${Object.keys(zones).length} zones (${data.length} distinct), tzdata ${version} → ${relative(root, out)}\n`);
