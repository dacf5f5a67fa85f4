import { describe, expect, it } from 'vitest';
import {
  ALL_PORTS,
  formatPorts,
  intersectPorts,
  parsePorts,
  parseProtocol,
  portRangeContains,
  protocolCovers,
  subtractPorts,
} from './ports';

describe('parsePorts', () => {
  it('reads rule ports: one port, a range, all', () => {
    expect(parsePorts('443')).toEqual({ from: 443, to: 443 });
    expect(parsePorts('1024-65535')).toEqual({ from: 1024, to: 65535 });
    expect(parsePorts('all')).toEqual(ALL_PORTS);
    expect(parsePorts(' 80 - 81 ')).toEqual({ from: 80, to: 81 });
  });

  it("reads an edge's port number or range", () => {
    expect(parsePorts(22)).toEqual({ from: 22, to: 22 });
    expect(parsePorts('8000-8080')).toEqual({ from: 8000, to: 8080 });
  });

  it('refuses what is not a port', () => {
    for (const bad of ['', 'https', '70000', '90-80', '-5', '1.5'])
      expect(parsePorts(bad), bad).toBeUndefined();
    expect(parsePorts(65536)).toBeUndefined();
    expect(parsePorts(4.5)).toBeUndefined();
    expect(parsePorts(undefined)).toBeUndefined();
  });
});

describe('protocols', () => {
  it('accepts names and the numbers AWS shows', () => {
    expect(parseProtocol('TCP')).toBe('tcp');
    expect(parseProtocol('6')).toBe('tcp');
    expect(parseProtocol('17')).toBe('udp');
    expect(parseProtocol('-1')).toBe('all');
    expect(parseProtocol('icmp')).toBe('icmp');
    expect(parseProtocol('gre')).toBeUndefined();
  });

  it("lets an 'all' rule match everything, and only it match all-protocol traffic", () => {
    expect(protocolCovers('all', 'tcp')).toBe(true);
    expect(protocolCovers('tcp', 'tcp')).toBe(true);
    expect(protocolCovers('tcp', 'udp')).toBe(false);
    expect(protocolCovers('tcp', 'all')).toBe(false);
    expect(protocolCovers('all', 'all')).toBe(true);
  });
});

describe('port sets', () => {
  it('contains, intersects and subtracts ranges', () => {
    expect(portRangeContains({ from: 0, to: 1023 }, { from: 22, to: 22 })).toBe(true);
    expect(portRangeContains({ from: 1024, to: 65535 }, { from: 1000, to: 2000 })).toBe(false);
    expect(
      intersectPorts(
        [
          { from: 0, to: 100 },
          { from: 200, to: 300 },
        ],
        { from: 50, to: 250 },
      ),
    ).toEqual([
      { from: 50, to: 100 },
      { from: 200, to: 250 },
    ]);
    expect(subtractPorts([{ from: 1024, to: 65535 }], { from: 2000, to: 3000 })).toEqual([
      { from: 1024, to: 1999 },
      { from: 3001, to: 65535 },
    ]);
    expect(subtractPorts([{ from: 443, to: 443 }], ALL_PORTS)).toEqual([]);
  });

  it('formats ranges back', () => {
    expect(formatPorts({ from: 443, to: 443 })).toBe('443');
    expect(formatPorts({ from: 1024, to: 65535 })).toBe('1024-65535');
    expect(formatPorts(ALL_PORTS)).toBe('all');
  });
});
