/**
 * Security-group rules and network-ACL entries, from the shapes CloudFormation uses
 * inline (`SecurityGroupIngress` items) and as separate resources (SecurityGroupIngress,
 * NetworkAclEntry). A rule the diagram cannot express (a prefix list, protocol 50) or
 * with an unknown part is left out and reported.
 */
import type { IpProtocol, NaclEntry, SecurityGroupRule } from '../model';
import { ipProtocolOf, portsText } from '../ipRules';
import type { Field } from './field';
import { UNKNOWN_REASONS } from './messages';

export function protocolOf(field: Field): IpProtocol | undefined {
  const text = field.text()?.trim().toLowerCase();
  if (text === undefined) return undefined;
  const protocol = ipProtocolOf(text);
  if (!protocol) field.report(UNKNOWN_REASONS.protocol(text));
  return protocol;
}

/** kinds.md's ports text; undefined when a bound is written but unknown. */
export function portsOf(protocol: IpProtocol, from: Field, to: Field): string | undefined {
  const low = from.present ? from.number() : undefined;
  const high = to.present ? to.number() : undefined;
  if ((from.present && low === undefined) || (to.present && high === undefined)) return undefined;
  return portsText(protocol, low, high);
}

/** The keys naming a rule's peer, per direction. */
const PEERS = {
  inbound: {
    group: ['SourceSecurityGroupId', 'SourceSecurityGroupName'],
    prefixList: 'SourcePrefixListId',
  },
  outbound: { group: ['DestinationSecurityGroupId'], prefixList: 'DestinationPrefixListId' },
} as const;

export function groupRuleOf(
  rule: Field,
  direction: 'inbound' | 'outbound',
): SecurityGroupRule | undefined {
  const protocol = protocolOf(rule.get('IpProtocol'));
  if (protocol === undefined) return undefined;
  const ports = portsOf(protocol, rule.get('FromPort'), rule.get('ToPort'));
  if (ports === undefined) return undefined;
  const description = rule.get('Description').written();
  const base = { protocol, ports, ...(description ? { description } : {}) };
  for (const key of ['CidrIp', 'CidrIpv6']) {
    const cidr = rule.get(key);
    if (!cidr.present) continue;
    const peer = cidr.text();
    return peer === undefined ? undefined : { ...base, peer, peerIsGroup: false };
  }
  for (const key of PEERS[direction].group) {
    const group = rule.get(key);
    if (!group.present) continue;
    const peer = group.ref();
    return peer === undefined ? undefined : { ...base, peer, peerIsGroup: true };
  }
  const prefixList = rule.get(PEERS[direction].prefixList);
  if (prefixList.present) prefixList.report(UNKNOWN_REASONS.prefixList);
  else rule.report(UNKNOWN_REASONS.noPeer);
  return undefined;
}

export function naclEntryOf(entry: Field): NaclEntry | undefined {
  const rule = entry.get('RuleNumber').number();
  const protocol = protocolOf(entry.get('Protocol'));
  const action = entry.get('RuleAction').text()?.toLowerCase();
  const cidrField = entry.get('CidrBlock').present
    ? entry.get('CidrBlock')
    : entry.get('Ipv6CidrBlock');
  const cidr = cidrField.text();
  const egress = entry.get('Egress').present ? entry.get('Egress').boolean() : false;
  if (rule === undefined || protocol === undefined || cidr === undefined || egress === undefined)
    return undefined;
  if (action !== 'allow' && action !== 'deny') return undefined;
  const range = entry.get('PortRange');
  const ports = portsOf(protocol, range.get('From'), range.get('To'));
  if (ports === undefined) return undefined;
  return { rule, egress, protocol, ports, cidr, action };
}
