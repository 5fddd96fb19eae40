// JavaScript implementations of host built-ins that @open-policy-agent/opa-wasm does not provide, passed by the
// engine to loadPolicy as custom built-ins. Like OPA, each evaluation sees one clock reading and one random
// value per distinct call: call reset() before every evaluation.
import { ZONE_HELPER, zoneAt } from './time-zones';
import { randomInt, randomUUID } from 'node:crypto';

/** A custom built-in as the SDK calls it: JSON values in; a JSON value, raw JSON bytes, or undefined out. */
export type HostBuiltin = (...args: unknown[]) => unknown;

/** Sources of nondeterminism, replaceable for tests and reproducible runs. */
export interface HostEnvironment {
  /** Nanoseconds since the Unix epoch. */
  nowNs(): bigint;
  /** A random RFC 4122 version 4 UUID. */
  uuid(): string;
  /** A random integer in [0, n). */
  randomBelow(n: number): number;
  /** Receives trace() notes. */
  trace?(note: string): void;
}

/** The process clock and node:crypto randomness. */
export const SYSTEM_ENVIRONMENT: HostEnvironment = {
  nowNs: () => BigInt(Date.now()) * 1_000_000n,
  uuid: () => randomUUID(),
  randomBelow: (n) => randomInt(n),
};

/** The implementations table plus the per-evaluation reset. */
export interface HostImplementations {
  builtins: Readonly<Record<string, HostBuiltin>>;
  /** Forgets cached clock and random values; call before each evaluation. */
  reset(): void;
}

/** Raw JSON bytes for the SDK: numbers beyond 2^53 survive exactly (the SDK parses them as written). */
function rawJson(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Creates the host built-ins over an environment. */
export function createHostImplementations(env: HostEnvironment = SYSTEM_ENVIRONMENT): HostImplementations {
  let now: bigint | undefined;
  const uuids = new Map<string, string>();
  const randoms = new Map<string, number>();

  const builtins: Record<string, HostBuiltin> = {
    'time.now_ns': () => {
      now ??= env.nowNs();
      return rawJson(now.toString());
    },
    'uuid.rfc4122': (key) => {
      if (typeof key !== 'string') return undefined;
      let id = uuids.get(key);
      if (id === undefined) {
        id = env.uuid();
        uuids.set(key, id);
      }
      return id;
    },
    'rand.intn': (key, n) => {
      if (typeof key !== 'string' || typeof n !== 'number' || !Number.isInteger(n)) return undefined;
      if (n === 0) return 0;
      const bound = Math.abs(n);
      const cacheKey = JSON.stringify([key, bound]);
      let value = randoms.get(cacheKey);
      if (value === undefined) {
        value = env.randomBelow(bound);
        randoms.set(cacheKey, value);
      }
      return value;
    },
    // The time built-ins' zone lookups beyond UTC: [UTC offset seconds, abbreviation], undefined for an unknown zone.
    [ZONE_HELPER]: (name, seconds) => {
      if (typeof name !== 'string' || typeof seconds !== 'number') return undefined;
      const type = zoneAt(name, seconds);
      return type && [type[0], type[1]];
    },
    trace: (note) => {
      if (typeof note !== 'string') return undefined;
      env.trace?.(note);
      return true;
    },
  };

  return {
    builtins,
    reset: () => {
      now = undefined;
      uuids.clear();
      randoms.clear();
    },
  };
}
