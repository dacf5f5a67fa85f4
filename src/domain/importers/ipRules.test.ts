import { describe, expect, it } from 'vitest';
import { ipProtocolOf, portsText } from './ipRules';

describe('ipProtocolOf', () => {
  it.each([
    ['-1', 'all'],
    ['TCP', 'tcp'],
    ['6', 'tcp'],
    ['17', 'udp'],
    [' icmpv6 ', 'icmp'],
    ['58', 'icmp'],
  ])('%s is %s', (text, protocol) => expect(ipProtocolOf(text)).toBe(protocol));

  it('has no answer for a protocol the diagram cannot express', () => {
    expect(ipProtocolOf('50')).toBeUndefined();
    expect(ipProtocolOf('__proto__')).toBeUndefined();
  });
});

describe('portsText', () => {
  it.each<[Parameters<typeof portsText>, string]>([
    [['tcp', 443, 443], '443'],
    [['tcp', 1024, 65535], '1024-65535'],
    [['tcp', 0, 65535], 'all'],
    [['tcp', -1, -1], 'all'],
    [['tcp', undefined, undefined], 'all'],
    [['tcp', 22, undefined], '22'],
    [['udp', undefined, 53], '53'],
    [['icmp', 8, 0], 'all'],
    [['all', 80, 80], 'all'],
  ])('%j is %s', (args, text) => expect(portsText(...args)).toBe(text));
});
