// uuid.parse through build/runtime.wasm: google/uuid's accepted forms and the fields OPA reports.
import { Runtime } from './harness';

const rt = new Runtime({ initial: 2 });
const q = (s: string): string => JSON.stringify(s);
const parse = (s: string): unknown => {
  const v = rt.exports.builtin_uuid__parse(rt.value(q(s)));
  // The time field exceeds 2^53: keep its digits as text.
  return v === 0 ? undefined : JSON.parse(rt.dump(v).replace(/"time":(-?\d+)/, '"time":"$1"'));
};

const V2 = { clocksequence: 12800, domain: 'Person', id: 1000, macvariables: 'local:unicast', nodeid: '32-50-96-b3-9f-47',
  time: '1693566990121469600', variant: 'RFC4122', version: 2 };

describe('uuid.parse', () => {
  test.each<[string, unknown]>([
    ['00000000-0000-4000-8000-000000000000', { variant: 'RFC4122', version: 4 }],
    ['{00000000-0000-4000-8000-000000000000}', { variant: 'RFC4122', version: 4 }],
    ['(00000000-0000-4000-8000-000000000000)', { variant: 'RFC4122', version: 4 }],
    ['urn:uuid:000003e8-48b9-21ee-b200-325096b39f47', V2],
    ['URN:UUID:000003e8-48b9-21ee-b200-325096b39f47', V2],
    ['000003e8-48b9-21ee-b200-325096b39f47', V2],
    ['6bea8ef2d3d33cd184e09bab06a52ece', { variant: 'RFC4122', version: 3 }],
    ['38074da4-0b00-388d-9c3c-362de965547a', { variant: 'RFC4122', version: 3 }],
    ['6BEA8EF2-D3D3-5CD1-C4E0-9BAB06A52ECE', { variant: 'Microsoft', version: 5 }],
    ['c232ab00-9414-11ec-b3c8-9f6bdeced846', { clocksequence: 13256, macvariables: 'local:multicast',
      nodeid: '9f-6b-de-ce-d8-46', time: '1645557742000000000', variant: 'RFC4122', version: 1 }],
    ['00000000-0000-4000-0000-000000000000', { variant: 'Reserved', version: 4 }],
    ['00000000-0000-4000-8000-00000000000', undefined],
    ['00000000x0000-4000-8000-000000000000', undefined],
    ['0000000g-0000-4000-8000-000000000000', undefined],
    ['urn:uuix:00000000-0000-4000-8000-000000000000', undefined],
    ['', undefined],
  ])('%j', (input, want) => {
    expect(parse(input)).toEqual(want);
  });

  test('non-strings are undefined', () => {
    expect(rt.call('builtin_uuid__parse', '123')).toBe('undefined');
  });
});
