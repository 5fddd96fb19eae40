// Host built-in implementations: per-evaluation caching (one clock reading, one random value per call site),
// exact int64 clock values through the SDK's raw-JSON path, and argument checks.
import { createHostImplementations, SYSTEM_ENVIRONMENT, type HostEnvironment } from '../../../src/rego/builtins/host-implementations';
import { HOST_BUILTINS } from '../../../src/rego/builtins/host';
import { BUILTINS } from '../../../src/rego/builtins/registry';
import { ZONE_HELPER } from '../../../src/rego/builtins/time-zones';

function fakeEnvironment(): HostEnvironment & { notes: string[]; calls: number } {
  let counter = 0;
  const env = {
    notes: [] as string[],
    calls: 0,
    nowNs: () => { env.calls++; return 1732223412345678901n + BigInt(counter++); },
    uuid: () => `00000000-0000-4000-8000-${String(counter++).padStart(12, '0')}`,
    randomBelow: (n: number) => (counter++) % n,
    trace: (note: string) => { env.notes.push(note); },
  };
  return env;
}

const text = (raw: unknown): string => new TextDecoder().decode(raw as ArrayBuffer);

describe('time.now_ns', () => {
  test('one exact reading per evaluation', () => {
    const env = fakeEnvironment();
    const host = createHostImplementations(env);
    const now = host.builtins['time.now_ns'];
    expect(text(now())).toBe('1732223412345678901');
    expect(text(now())).toBe('1732223412345678901');
    expect(env.calls).toBe(1);
    host.reset();
    expect(text(now())).toBe('1732223412345678902');
  });

  test('the system clock gives nanoseconds', () => {
    const before = BigInt(Date.now()) * 1_000_000n;
    const ns = BigInt(text(createHostImplementations().builtins['time.now_ns']()));
    expect(ns >= before && ns <= BigInt(Date.now()) * 1_000_000n).toBe(true);
    expect(SYSTEM_ENVIRONMENT.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('uuid.rfc4122 and rand.intn', () => {
  test('same arguments give the same value within an evaluation', () => {
    const host = createHostImplementations(fakeEnvironment());
    const uuid = host.builtins['uuid.rfc4122'];
    const first = uuid('key');
    expect(uuid('key')).toBe(first);
    expect(uuid('other')).not.toBe(first);
    host.reset();
    expect(uuid('key')).not.toBe(first);
    expect(uuid(1)).toBeUndefined();
  });

  test.each([
    [['a', 10], 'number'], [['a', 0], 0], [['a', -10], 'number'], [['a', 1.5], undefined], [[1, 10], undefined],
  ])('rand.intn(%j)', (args, want) => {
    const host = createHostImplementations(fakeEnvironment());
    const value = host.builtins['rand.intn'](...args);
    if (want === 'number') {
      expect(typeof value).toBe('number');
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(Math.abs(args[1] as number));
      expect(host.builtins['rand.intn'](...args)).toBe(value);
    } else {
      expect(value).toBe(want);
    }
  });
});

describe('trace', () => {
  test('passes notes to the environment and is true', () => {
    const env = fakeEnvironment();
    const host = createHostImplementations(env);
    expect(host.builtins.trace('hello')).toBe(true);
    expect(env.notes).toEqual(['hello']);
  });
});

describe('host table', () => {
  test('every implementation is a declared host built-in or a helper a runtime built-in names', () => {
    const helpers = new Set([...BUILTINS.values()].flatMap((d) => (d.impl.kind === 'runtime' && d.impl.hostHelper ? [d.impl.hostHelper] : [])));
    for (const name of Object.keys(createHostImplementations().builtins)) {
      expect([name, HOST_BUILTINS[name]?.impl.kind === 'host' || helpers.has(name)]).toEqual([name, true]);
    }
  });

  test('the zone helper answers [offset, abbreviation] from the zone database, undefined for unknown zones', () => {
    const zone = createHostImplementations().builtins[ZONE_HELPER];
    expect(zone('Europe/Berlin', 1719835200)).toEqual([7200, 'CEST']);
    expect(zone('Europe/Berlin', 1705320000)).toEqual([3600, 'CET']);
    expect(zone('Mars/Olympus_Mons', 0)).toBeUndefined();
    expect(zone(42, 0)).toBeUndefined();
  });

  test.each(['time.now_ns', 'uuid.rfc4122', 'rand.intn', 'http.send', 'net.lookup_ip_addr', 'opa.runtime'])(
    '%s is nondeterministic', (name) => {
      expect(HOST_BUILTINS[name]?.nondeterministic).toBe(true);
    });

  test.each(['sprintf', 'regex.split', 'yaml.marshal', 'yaml.unmarshal', 'yaml.is_valid', 'trace'])(
    '%s is deterministic', (name) => {
      expect(HOST_BUILTINS[name]?.nondeterministic).toBeUndefined();
    });
});
