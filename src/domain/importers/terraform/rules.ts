/**
 * Security-group and network-ACL rule rows as Terraform writes them (protocol names
 * or numbers, `-1` for all, from/to ports), turned into the model's rows. Inline
 * blocks and separate rule resources share the attribute names, so one reader serves
 * both.
 */
import type { IpProtocol, NaclEntry, SecurityGroupRule, SourceId } from '../model';
import { ipProtocolOf, portsText } from '../ipRules';
import type { Attrs } from './attributes';
import { UNKNOWN } from './texts';

const GROUP_TYPES = ['aws_security_group', 'aws_default_security_group'];

export function protocolOf(
  a: Attrs,
  name: string,
  report: (reason: ReturnType<typeof UNKNOWN.protocol>) => void,
): IpProtocol | undefined {
  const text = a.str(name);
  if (text === undefined) return undefined;
  const protocol = ipProtocolOf(text);
  if (!protocol) report(UNKNOWN.protocol(text));
  return protocol;
}

interface Peer {
  peer: string;
  peerIsGroup: boolean;
}

/**
 * The rules of one security-group rule block or resource: one per peer (each CIDR,
 * each source group, the group itself for `self`). Prefix lists are reported.
 */
export function securityGroupRules(
  a: Attrs,
  group: SourceId | undefined,
  vpcRuleResource = false,
): SecurityGroupRule[] {
  const protocol = protocolOf(a, vpcRuleResource ? 'ip_protocol' : 'protocol', (reason) =>
    a.reportOn('protocol', reason),
  );
  const cidrs = vpcRuleResource
    ? [a.str('cidr_ipv4'), a.str('cidr_ipv6')].flatMap((c) => c ?? [])
    : [...a.strs('cidr_blocks'), ...a.strs('ipv6_cidr_blocks')];
  const groups = vpcRuleResource
    ? [a.ref('referenced_security_group_id', GROUP_TYPES)]
    : [...a.refs('security_groups', GROUP_TYPES), a.ref('source_security_group_id', GROUP_TYPES)];
  const peers: Peer[] = [
    ...cidrs.map((peer) => ({ peer, peerIsGroup: false })),
    ...groups.flatMap((peer) => (peer === undefined ? [] : [{ peer, peerIsGroup: true }])),
  ];
  if (a.bool('self') === true && group !== undefined)
    peers.push({ peer: group, peerIsGroup: true });
  for (const prefixList of ['prefix_list_ids', 'prefix_list_id']) {
    if (a.isSet(prefixList)) a.reportOn(prefixList, UNKNOWN.prefixList);
  }
  if (!protocol) return [];
  const ports = portsText(protocol, a.num('from_port'), a.num('to_port'));
  const description = a.str('description');
  return peers.map((p) => ({ protocol, ports, ...p, ...(description ? { description } : {}) }));
}

/** One network ACL row: an inline `ingress`/`egress` block or an aws_network_acl_rule. */
export function naclEntry(a: Attrs, egress: boolean): NaclEntry | undefined {
  const rule = a.num('rule_no') ?? a.num('rule_number');
  const action = (a.str('action') ?? a.str('rule_action'))?.toLowerCase();
  const protocol = protocolOf(a, 'protocol', (reason) => a.reportOn('protocol', reason));
  const cidr = a.str('cidr_block') ?? a.str('ipv6_cidr_block');
  if (
    rule === undefined ||
    protocol === undefined ||
    cidr === undefined ||
    (action !== 'allow' && action !== 'deny')
  )
    return undefined;
  return {
    rule,
    egress,
    protocol,
    ports: portsText(protocol, a.num('from_port'), a.num('to_port')),
    cidr,
    action,
  };
}
