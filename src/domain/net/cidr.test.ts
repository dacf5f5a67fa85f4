import { describe, expect, it } from 'vitest';
import {
  ALL_ADDRESSES,
  cidrContains,
  formatRange,
  freeSubBlock,
  isAnywhereCidr,
  isIpv6Cidr,
  parseCidr,
} from './cidr';

describe('parseCidr', () => {
  it('reads a block as its first and last address', () => {
    expect(parseCidr('10.0.1.0/24')).toEqual({ start: 0x0a000100, end: 0x0a0001ff });
    expect(parseCidr('0.0.0.0/0')).toEqual(ALL_ADDRESSES);
    expect(parseCidr('192.168.1.7/32')).toEqual({ start: 0xc0a80107, end: 0xc0a80107 });
  });

  it('drops host bits as AWS does', () => {
    expect(parseCidr('10.0.1.7/24')).toEqual(parseCidr('10.0.1.0/24'));
  });

  it('refuses what is not an IPv4 block', () => {
    for (const bad of ['', '10.0.0.0', '10.0.0.256/24', '10.0.0.0/33', '::/0', 'sg-1', ' /8'])
      expect(parseCidr(bad), bad).toBeUndefined();
    expect(parseCidr(undefined)).toBeUndefined();
  });
});

describe('cidrContains', () => {
  const subnet = parseCidr('10.0.1.0/24')!;

  it('matches when the rule block contains the whole range', () => {
    expect(cidrContains('10.0.0.0/16', subnet)).toBe(true);
    expect(cidrContains('10.0.1.0/24', subnet)).toBe(true);
    expect(cidrContains('0.0.0.0/0', subnet)).toBe(true);
  });

  it('does not match a block that covers only part of the range', () => {
    expect(cidrContains('10.0.1.0/25', subnet)).toBe(false);
    expect(cidrContains('10.0.2.0/24', subnet)).toBe(false);
  });

  it('matches "any public address" only with 0.0.0.0/0', () => {
    expect(cidrContains('0.0.0.0/0', ALL_ADDRESSES)).toBe(true);
    expect(cidrContains('0.0.0.0/1', ALL_ADDRESSES)).toBe(false);
    expect(cidrContains('::/0', ALL_ADDRESSES)).toBe(false);
  });

  it('never matches an unreadable CIDR', () => {
    expect(cidrContains('everything', subnet)).toBe(false);
    expect(cidrContains(undefined, subnet)).toBe(false);
  });
});

describe('isAnywhereCidr and isIpv6Cidr', () => {
  it('knows the two "whole internet" blocks', () => {
    expect(isAnywhereCidr('0.0.0.0/0')).toBe(true);
    expect(isAnywhereCidr('::/0')).toBe(true);
    expect(isAnywhereCidr('10.0.0.0/8')).toBe(false);
    expect(isAnywhereCidr('2001:db8::/32')).toBe(false);
    expect(isIpv6Cidr('2001:db8::/32')).toBe(true);
    expect(isIpv6Cidr('10.0.0.0/8')).toBe(false);
  });
});

describe('formatRange', () => {
  it('writes a block as CIDR and anything else as first-last', () => {
    expect(formatRange(parseCidr('10.0.1.0/24')!)).toBe('10.0.1.0/24');
    expect(formatRange(ALL_ADDRESSES)).toBe('0.0.0.0/0');
    expect(formatRange({ start: 1, end: 2 })).toBe('0.0.0.1-0.0.0.2');
  });
});

describe('freeSubBlock', () => {
  it('finds the first /24 that overlaps nothing taken', () => {
    const vpc = parseCidr('10.0.0.0/16')!;
    const taken = [parseCidr('10.0.0.0/24')!, parseCidr('10.0.1.0/24')!];
    expect(formatRange(freeSubBlock(vpc, taken)!)).toBe('10.0.2.0/24');
  });

  it('uses the whole block when it is smaller than a /24, and says when it is full', () => {
    const small = parseCidr('10.0.0.0/28')!;
    expect(formatRange(freeSubBlock(small, [])!)).toBe('10.0.0.0/28');
    expect(freeSubBlock(small, [small])).toBeUndefined();
  });
});
