import { describe, expect, it } from 'vitest';
import { cidrBlocks } from './cidr';

describe('cidrBlocks (Fn::Cidr for IPv4)', () => {
  it('splits a block as CloudFormation does', () => {
    expect(cidrBlocks('10.0.0.0/16', 3, 8)).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
    expect(cidrBlocks('192.168.0.0/24', 6, 5)).toEqual([
      '192.168.0.0/27',
      '192.168.0.32/27',
      '192.168.0.64/27',
      '192.168.0.96/27',
      '192.168.0.128/27',
      '192.168.0.160/27',
    ]);
  });

  it('starts at the network address and handles the top of the address space', () => {
    expect(cidrBlocks('10.0.77.9/16', 1, 8)).toEqual(['10.0.0.0/24']);
    expect(cidrBlocks('255.255.255.0/24', 2, 7)).toEqual([
      '255.255.255.0/25',
      '255.255.255.128/25',
    ]);
  });

  it.each([
    ['not a block', 'x', 2, 8],
    ['an octet over 255', '10.0.0.256/16', 2, 8],
    ['blocks larger than the block', '10.0.0.0/24', 1, 9],
    ['more blocks than fit', '10.0.0.0/24', 3, 7],
    ['too many blocks', '10.0.0.0/8', 257, 8],
    ['no host bits', '10.0.0.0/8', 1, 0],
  ])('refuses %s', (_name, block, count, bits) => {
    expect(cidrBlocks(block, count, bits)).toBeUndefined();
  });
});
