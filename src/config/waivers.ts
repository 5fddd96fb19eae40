// Waivers: approved, expiring exceptions matched by rule id and a glob over resource addresses. An expired waiver
// no longer waives; one that matched nothing during a run is stale.
import type { Waiver } from './types';

/** How a waiver bears on one failing result. */
export interface WaiverMatch {
  waiver: Waiver;
  state: 'active' | 'expired';
}

/**
 * A resource-address glob as a RegExp: `*` any run of characters, `?` one character; everything else literal
 * (addresses contain `[`, `"` and `.`, so brackets are not character classes).
 */
export function addressGlob(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[\\^$.|+(){}[\]]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

/** Today's date (UTC, YYYY-MM-DD) for expiry checks, honouring SOURCE_DATE_EPOCH for reproducible runs. */
export function todayUtc(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().slice(0, 10);
}

/** Matches failures against waivers and remembers which waivers were used. */
export class WaiverBook {
  private readonly compiled: { waiver: Waiver; pattern: RegExp }[];
  private readonly used = new Set<Waiver>();

  constructor(waivers: readonly Waiver[], private readonly today: string) {
    this.compiled = waivers.map((waiver) => ({ waiver, pattern: addressGlob(waiver.resource) }));
  }

  /** The waiver covering a failure of `ruleId` on `address`: an active one wins over an expired one. */
  match(ruleId: string, address: string): WaiverMatch | undefined {
    let expired: WaiverMatch | undefined;
    for (const { waiver, pattern } of this.compiled) {
      if (waiver.rule !== ruleId || !pattern.test(address)) continue;
      this.used.add(waiver);
      if (waiver.expires >= this.today) return { waiver, state: 'active' };
      expired ??= { waiver, state: 'expired' };
    }
    return expired;
  }

  /** Whether a waiver's last day is before today. */
  isExpired(waiver: Waiver): boolean {
    return waiver.expires < this.today;
  }

  /** Waivers that matched no failing result so far. */
  stale(): Waiver[] {
    return this.compiled.map((c) => c.waiver).filter((w) => !this.used.has(w));
  }
}
