// Differential checks of the net built-ins against Node: containment against net.BlockList, and IPv6 text
// (RFC 5952, as Go prints it) against the WHATWG URL host serialiser.
import { BlockList } from 'node:net';
import fc from 'fast-check';
import { Runtime } from './harness';

const rt = new Runtime({ initial: 4 });
const q = (s: string): string => JSON.stringify(s);

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));
// Groups biased towards zero so that "::" runs of every length appear.
const group = fc.oneof(fc.constant(0), fc.constant(0), fc.nat(0xffff));
const ipv6 = fc.array(group, { minLength: 8, maxLength: 8 })
  .filter((g) => !(g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff))
  .map((g) => g.map((x) => x.toString(16)).join(':'));

test('IPv4 containment agrees with net.BlockList', () => {
  fc.assert(fc.property(ipv4, fc.nat(32), ipv4, (net, prefix, addr) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, 'ipv4');
    expect(rt.call('builtin_net__cidr_contains', q(`${net}/${prefix}`), q(addr))).toBe(String(list.check(addr, 'ipv4')));
  }), { numRuns: 3000, seed: 42 });
});

test('IPv6 containment agrees with net.BlockList', () => {
  fc.assert(fc.property(ipv6, fc.nat(128), ipv6, (net, prefix, addr) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, 'ipv6');
    expect(rt.call('builtin_net__cidr_contains', q(`${net}/${prefix}`), q(addr))).toBe(String(list.check(addr, 'ipv6')));
  }), { numRuns: 3000, seed: 43 });
});

test('IPv6 addresses print as RFC 5952 text', () => {
  fc.assert(fc.property(ipv6, (addr) => {
    const printed = JSON.parse(rt.dump(rt.exports.builtin_net__cidr_expand(rt.value(q(`${addr}/128`))))) as string[];
    expect(printed).toEqual([new URL(`http://[${addr}]/`).hostname.slice(1, -1)]);
  }), { numRuns: 3000, seed: 44 });
});
