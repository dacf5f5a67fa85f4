import { describe, expect, it } from 'vitest';
import type { RuleRow } from '../document/types';
import { ALL_ADDRESSES, parseCidr } from './cidr';
import {
  evaluateNacl,
  firstBlockingDeny,
  freeRuleNumber,
  naclRowCovers,
  sortNaclRows,
} from './nacl';
import { responseOf } from './traffic';

const HTTPS = { protocol: 'tcp', ports: { from: 443, to: 443 } } as const;
const subnetA = parseCidr('10.0.1.0/24')!;

const allow = (rule: number, ports: string, cidr: string, protocol = 'tcp'): RuleRow => ({
  rule,
  protocol,
  ports,
  cidr,
  action: 'allow',
});
const deny = (rule: number, ports: string, cidr: string, protocol = 'tcp'): RuleRow => ({
  ...allow(rule, ports, cidr, protocol),
  action: 'deny',
});

describe('evaluateNacl', () => {
  it('denies everything when no row matches (a new custom NACL)', () => {
    expect(evaluateNacl([], HTTPS, subnetA)).toEqual({ allowed: false, port: 443 });
  });

  it('allows on a matching allow row', () => {
    const row = allow(100, '443', '10.0.0.0/16');
    expect(evaluateNacl([row], HTTPS, subnetA)).toEqual({ allowed: true, allowedBy: row });
  });

  it('evaluates the lowest number first, whatever the written order', () => {
    const rows = [allow(200, '443', '0.0.0.0/0'), deny(100, '443', '10.0.0.0/16')];
    const verdict = evaluateNacl(rows, HTTPS, subnetA);
    expect(verdict).toEqual({ allowed: false, deniedBy: rows[1], port: 443 });
    const reordered = [deny(300, '443', '10.0.0.0/16'), allow(200, '443', '0.0.0.0/0')];
    expect(evaluateNacl(reordered, HTTPS, subnetA)).toEqual({
      allowed: true,
      allowedBy: reordered[1],
    });
  });

  it('skips rows of another protocol, port or address', () => {
    const rows = [
      deny(10, '443', '10.0.1.0/24', 'udp'),
      deny(20, '22', '10.0.1.0/24'),
      deny(30, '443', '10.9.0.0/16'),
      deny(40, '443', '10.0.1.0/25'), // covers only half the subnet: does not match it
      allow(50, '443', '10.0.0.0/8'),
    ];
    expect(evaluateNacl(rows, HTTPS, subnetA)).toEqual({ allowed: true, allowedBy: rows[4] });
  });

  it("matches every port of a row whose protocol is 'all'", () => {
    const all = allow(100, '80', '0.0.0.0/0', 'all');
    expect(evaluateNacl([all], HTTPS, subnetA)).toEqual({ allowed: true, allowedBy: all });
  });

  it('needs every ephemeral port allowed for responses', () => {
    const response = responseOf(HTTPS);
    const ephemeral = allow(100, '1024-65535', '0.0.0.0/0');
    expect(evaluateNacl([ephemeral], response, subnetA)).toEqual({
      allowed: true,
      allowedBy: ephemeral,
    });
    expect(evaluateNacl([allow(100, '1024-60000', '0.0.0.0/0')], response, subnetA)).toEqual({
      allowed: false,
      port: 60001,
    });
    const split = [allow(100, '1024-30000', '0.0.0.0/0'), allow(110, '30001-65535', '0.0.0.0/0')];
    // The row that allows the last undecided ports decides.
    expect(evaluateNacl(split, response, subnetA)).toEqual({ allowed: true, allowedBy: split[1] });
    const holed = [deny(90, '3306', '0.0.0.0/0'), allow(100, '1024-65535', '0.0.0.0/0')];
    expect(evaluateNacl(holed, response, subnetA)).toEqual({
      allowed: false,
      deniedBy: holed[0],
      port: 3306,
    });
  });

  it('lets only 0.0.0.0/0 match any public address', () => {
    expect(evaluateNacl([allow(100, '443', '10.0.0.0/8')], HTTPS, ALL_ADDRESSES).allowed).toBe(
      false,
    );
    expect(evaluateNacl([allow(100, '443', '0.0.0.0/0')], HTTPS, ALL_ADDRESSES).allowed).toBe(true);
  });
});

describe('sortNaclRows', () => {
  it('puts rows without a number last, keeping their order', () => {
    const a: RuleRow = { protocol: 'tcp', ports: '1', cidr: '0.0.0.0/0' };
    const b = allow(5, '2', '0.0.0.0/0');
    expect(sortNaclRows([a, b])).toEqual([b, a]);
  });
});

describe('naclRowCovers', () => {
  it('is true when the lower row matches all the higher row can match', () => {
    expect(
      naclRowCovers(allow(100, 'all', '0.0.0.0/0', 'all'), deny(200, '22', '10.0.0.0/8')),
    ).toBe(true);
    expect(naclRowCovers(allow(100, '0-1023', '10.0.0.0/8'), deny(200, '22', '10.1.0.0/16'))).toBe(
      true,
    );
  });

  it('is false when the higher row reaches beyond the lower one', () => {
    expect(naclRowCovers(allow(100, '22', '10.0.0.0/8'), deny(200, '22', '0.0.0.0/0'))).toBe(false);
    expect(naclRowCovers(allow(100, '22', '0.0.0.0/0'), deny(200, '20-22', '0.0.0.0/0'))).toBe(
      false,
    );
    expect(naclRowCovers(allow(100, '22', '0.0.0.0/0'), deny(200, '22', '0.0.0.0/0', 'udp'))).toBe(
      false,
    );
  });
});

describe('choosing a number for a new row', () => {
  it('finds the first deny that would decide the traffic', () => {
    const rows = [
      allow(100, '80', '0.0.0.0/0'),
      deny(200, 'all', '0.0.0.0/0', 'all'),
      deny(150, '22', '0.0.0.0/0'),
    ];
    expect(firstBlockingDeny(rows, HTTPS, subnetA)).toBe(rows[1]);
    expect(firstBlockingDeny([deny(100, '22', '0.0.0.0/0')], HTTPS, subnetA)).toBeUndefined();
  });

  it('prefers the next multiple of ten, else one below the limit', () => {
    expect(freeRuleNumber([], 32767)).toBe(100);
    expect(freeRuleNumber([allow(100, '80', '0.0.0.0/0')], 200)).toBe(110);
    expect(freeRuleNumber([allow(100, '80', '0.0.0.0/0')], 105)).toBe(90);
    expect(freeRuleNumber([allow(1, '80', '0.0.0.0/0')], 3)).toBe(2);
    expect(freeRuleNumber([allow(1, '80', '0.0.0.0/0')], 2)).toBeUndefined();
  });
});
