// The IANA time zone database on the host (tzdata/zones.json, built by scripts/build-zones.mjs from TZif files):
// a zone's UTC offset and abbreviation at a Unix second, from its transitions and, after the last one, from its
// POSIX TZ rule. The module's time built-ins ask for it through the host helper ZONE_HELPER.
import { readFileSync } from 'node:fs';
import { packagePath } from '../../package-root';

/** The host built-in name the runtime's time built-ins call for zones other than UTC. */
export const ZONE_HELPER = 'plangate.time_zone';

/** [UTC offset seconds, abbreviation, daylight 0/1]. */
type LocalType = [number, string, number];

interface ZoneData {
  times: number[];
  /** Type index per transition, base 36, one character each. */
  index: string;
  types: LocalType[];
  footer: string;
}

interface ZoneDatabase {
  version: string;
  zones: Record<string, number>;
  data: ZoneData[];
}

let database: ZoneDatabase | undefined;

function zoneDatabase(): ZoneDatabase {
  database ??= JSON.parse(readFileSync(packagePath('tzdata', 'zones.json'), 'utf8')) as ZoneDatabase;
  return database;
}

/** A POSIX TZ rule (`CET-1CEST,M3.5.0,M10.5.0/3`), offsets east of UTC in seconds. */
interface PosixRule {
  std: [number, string];
  dst?: [number, string];
  start?: DateRule;
  end?: DateRule;
}

/** `Mm.w.d/time`, `Jn/time` (1–365, no leap day) or `n/time` (0–365): a day of the year and a local time. */
interface DateRule {
  kind: 'M' | 'J' | 'n';
  month: number;
  week: number;
  day: number;
  seconds: number;
}

const NAME = /^(<[^>]*>|[A-Za-z]+)/;
const OFFSET = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/;

function parsePosix(text: string): PosixRule | undefined {
  let rest = text;
  const name = (): string | undefined => {
    const m = NAME.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    return m[1].replace(/^<|>$/g, '');
  };
  // POSIX offsets count west of UTC: "CET-1" is one hour east.
  const offset = (): number | undefined => {
    const m = OFFSET.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? seconds : -seconds;
  };
  const stdName = name();
  const stdOffset = offset();
  if (stdName === undefined || stdOffset === undefined) return undefined;
  const rule: PosixRule = { std: [stdOffset, stdName] };
  if (rest === '') return rule;
  const dstName = name();
  if (dstName === undefined) return undefined;
  const dstOffset = rest.startsWith(',') ? stdOffset + 3600 : offset();
  if (dstOffset === undefined) return undefined;
  rule.dst = [dstOffset, dstName];
  const dates = rest.replace(/^,/, '').split(',').map(parseDateRule);
  if (dates.length !== 2 || !dates[0] || !dates[1]) return undefined;
  [rule.start, rule.end] = dates;
  return rule;
}

function parseDateRule(text: string): DateRule | undefined {
  const [date, time] = text.split('/');
  const sign = time?.startsWith('-') ? -1 : 1;
  const [h, m, s] = (time ?? '2').replace(/^[+-]/, '').split(':').map(Number);
  const seconds = sign * ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0));
  const mwd = /^M(\d+)\.(\d)\.(\d)$/.exec(date);
  if (mwd) return { kind: 'M', month: Number(mwd[1]), week: Number(mwd[2]), day: Number(mwd[3]), seconds };
  const julian = /^J(\d+)$/.exec(date);
  if (julian) return { kind: 'J', month: 0, week: 0, day: Number(julian[1]), seconds };
  return /^\d+$/.test(date) ? { kind: 'n', month: 0, week: 0, day: Number(date), seconds } : undefined;
}

const DAY = 86400;

/** Unix second of a date rule in `year`, its time of day read in local time at UTC offset `offset`. */
function ruleInstant(rule: DateRule, year: number, offset: number): number {
  const jan1 = Date.UTC(year, 0, 1) / 1000;
  let day: number;
  if (rule.kind === 'M') {
    const first = Date.UTC(year, rule.month - 1, 1) / 1000;
    const weekday = new Date(first * 1000).getUTCDay();
    day = (first - jan1) / DAY + ((rule.day - weekday + 7) % 7) + (rule.week - 1) * 7;
    const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
    while (day - (first - jan1) / DAY >= daysInMonth) day -= 7;
  } else if (rule.kind === 'J') {
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
    day = rule.day - 1 + (leap && rule.day >= 60 ? 1 : 0);
  } else {
    day = rule.day;
  }
  return jan1 + day * DAY + rule.seconds - offset;
}

function posixAt(rule: PosixRule, t: number): LocalType {
  if (!rule.dst || !rule.start || !rule.end) return [rule.std[0], rule.std[1], 0];
  const year = new Date((t + rule.std[0]) * 1000).getUTCFullYear();
  const start = ruleInstant(rule.start, year, rule.std[0]);
  const end = ruleInstant(rule.end, year, rule.dst[0]);
  const daylight = start < end ? t >= start && t < end : !(t >= end && t < start);
  return daylight ? [rule.dst[0], rule.dst[1], 1] : [rule.std[0], rule.std[1], 0];
}

const posixRules = new Map<string, PosixRule | undefined>();

/** The local time type of zone `name` at Unix second `t`; undefined for a zone the database does not have. */
export function zoneAt(name: string, t: number): LocalType | undefined {
  const db = zoneDatabase();
  const at = Object.prototype.hasOwnProperty.call(db.zones, name) ? db.zones[name] : undefined;
  if (at === undefined) return undefined;
  const zone = db.data[at];
  const { times } = zone;
  if (times.length === 0 || t < times[0]) {
    // Before the first transition: the first standard-time type, as Go's time package reads TZif data.
    return zone.types.find((type) => type[2] === 0) ?? zone.types[0];
  }
  if (t >= times[times.length - 1] && zone.footer) {
    if (!posixRules.has(zone.footer)) posixRules.set(zone.footer, parsePosix(zone.footer));
    const rule = posixRules.get(zone.footer);
    if (rule) return posixAt(rule, t);
  }
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return zone.types[parseInt(zone.index[lo], 36)];
}

/** The version of the zone database plangate ships (IANA tzdata release). */
export function zoneDatabaseVersion(): string {
  return zoneDatabase().version;
}
