import { describe, expect, it } from 'vitest';
import {
  checkAddressBlock,
  checkCidr,
  checkPorts,
  checkRuleNumber,
  checkSgPeer,
  checkTrafficPort,
  nextRuleNumber,
} from './ruleValidation';

describe('rule table checks', () => {
  it('accepts the three spellings of ports and refuses the rest', () => {
    expect(checkPorts('443')).toEqual({ ok: true, value: '443' });
    expect(checkPorts(' 1024 - 65535 ')).toEqual({ ok: true, value: '1024-65535' });
    expect(checkPorts('ALL')).toEqual({ ok: true, value: 'all' });
    for (const bad of ['', 'http', '70000', '500-100', '1,2', '*'])
      expect(checkPorts(bad), bad).toEqual({ ok: false, error: 'inspector.error.ports' });
  });

  it('accepts IPv4 and IPv6 blocks only', () => {
    expect(checkCidr('10.0.0.0/16').ok).toBe(true);
    expect(checkCidr('::/0').ok).toBe(true);
    for (const bad of ['10.0.0.0', '10.0.0.300/24', '10.0.0.0/33', 'anywhere'])
      expect(checkCidr(bad).ok, bad).toBe(false);
  });

  it("takes an IPv4 block, or nothing, as a VPC's or subnet's address", () => {
    expect(checkAddressBlock(' 10.1.0.0/16 ')).toEqual({ ok: true, value: '10.1.0.0/16' });
    expect(checkAddressBlock('')).toEqual({ ok: true, value: '' });
    for (const bad of ['999.1.1.1/33', '10.0.0.0', '::/0', 'abc'])
      expect(checkAddressBlock(bad), bad).toEqual({
        ok: false,
        error: 'inspector.error.addressBlock',
      });
  });

  it('lets a security group rule name another security group', () => {
    expect(checkSgPeer('sg-web', ['sg-web'])).toEqual({ ok: true, value: 'sg-web' });
    expect(checkSgPeer('0.0.0.0/0', [])).toEqual({ ok: true, value: '0.0.0.0/0' });
    expect(checkSgPeer('sg-missing', ['sg-web'])).toEqual({
      ok: false,
      error: 'inspector.error.sgPeer',
    });
  });

  it('keeps NACL rule numbers within 1–32766 and unique', () => {
    expect(checkRuleNumber('100', [200])).toEqual({ ok: true, value: 100 });
    expect(checkRuleNumber('32766', []).ok).toBe(true);
    for (const bad of ['0', '32767', '1.5', '-1', 'x'])
      expect(checkRuleNumber(bad, []), bad).toEqual({
        ok: false,
        error: 'inspector.error.ruleNumber',
      });
    expect(checkRuleNumber('200', [100, 200])).toEqual({
      ok: false,
      error: 'inspector.error.ruleDuplicate',
    });
  });

  it('stores a traffic port as a number, a range as text', () => {
    expect(checkTrafficPort('443')).toEqual({ ok: true, value: 443 });
    expect(checkTrafficPort('1024-65535')).toEqual({ ok: true, value: '1024-65535' });
    expect(checkTrafficPort('all').ok).toBe(false);
    expect(checkTrafficPort('99999').ok).toBe(false);
  });

  it('numbers new NACL rules by the next hundred', () => {
    expect(nextRuleNumber([])).toBe(100);
    expect(nextRuleNumber([100, 150])).toBe(200);
    expect(nextRuleNumber([32700])).toBe(32766);
  });
});
