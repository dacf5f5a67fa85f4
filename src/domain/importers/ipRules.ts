/**
 * The parts of a security-group rule or network-ACL entry that CloudFormation and
 * Terraform write alike: the IP protocol (a name or an IANA number, `-1` for all) and
 * the from/to ports, turned into kinds.md's protocol and ports text.
 */
import type { IpProtocol } from './model';

const PROTOCOLS = new Map<string, IpProtocol>([
  ['-1', 'all'],
  ['all', 'all'],
  ['tcp', 'tcp'],
  ['6', 'tcp'],
  ['udp', 'udp'],
  ['17', 'udp'],
  ['icmp', 'icmp'],
  ['1', 'icmp'],
  // ICMP for IPv6: the diagram has one ICMP.
  ['icmpv6', 'icmp'],
  ['58', 'icmp'],
]);

/** `tcp`, `6`, `-1`, ... → the diagram's protocol; undefined for one it cannot express (e.g. 50, ESP). */
export function ipProtocolOf(text: string): IpProtocol | undefined {
  return PROTOCOLS.get(text.trim().toLowerCase());
}

/**
 * kinds.md's ports text: `"443"`, `"1024-65535"` or `"all"`. One missing bound takes
 * the other's value; none, a negative one, or 0–65535 means all ports. ICMP's "ports"
 * are its type and code: every ICMP message is one rule of the diagram.
 */
export function portsText(protocol: IpProtocol, from?: number, to?: number): string {
  if (protocol === 'all' || protocol === 'icmp') return 'all';
  const low = from ?? to;
  const high = to ?? from;
  if (low === undefined || high === undefined || low < 0 || high < 0) return 'all';
  if (low <= 0 && high >= 65535) return 'all';
  return low === high ? String(low) : `${low}-${high}`;
}
