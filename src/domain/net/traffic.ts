/**
 * What a traffic edge carries (protocol and port range) and what its responses carry,
 * as the security-group and network-ACL evaluations read them.
 */
import type { DiagramEdge, Localized, RuleRow } from '../document/types';
import type { PortRange, Protocol } from './ports';
import { memoByText } from './memo';
import {
  ALL_PORTS,
  EPHEMERAL_PORTS,
  formatPorts,
  hasPorts,
  parsePorts,
  parseProtocol,
} from './ports';

export interface TrafficSpec {
  readonly protocol: Protocol;
  /** Every port of the request; all ports for protocols without ports. */
  readonly ports: PortRange;
}

/** The request a traffic edge draws; undefined when its port or protocol is not valid. */
export function trafficOfEdge(edge: DiagramEdge): TrafficSpec | undefined {
  if (edge.kind !== 'traffic') return undefined;
  const protocol = parseProtocol(edge.props?.protocol ?? 'tcp');
  if (!protocol) return undefined;
  if (!hasPorts(protocol)) return { protocol, ports: ALL_PORTS };
  const ports = parsePorts(edge.props?.port ?? 443);
  return ports ? { protocol, ports } : undefined;
}

/**
 * The responses to a request: TCP and UDP answer to the client's ephemeral port, any
 * of 1024–65535; ICMP and all-protocol traffic answer with the same protocol.
 */
export function responseOf(request: TrafficSpec): TrafficSpec {
  return hasPorts(request.protocol)
    ? { protocol: request.protocol, ports: EPHEMERAL_PORTS }
    : request;
}

/** Rows' traffic by their protocol and ports (the evaluations read the same few rows often). */
const rowTrafficOf = memoByText((key) => {
  // JSON keeps a number apart from its text (imported rows may carry either).
  const [protocol, ports] = JSON.parse(key) as [RuleRow['protocol'], RuleRow['ports']];
  return parseRowTraffic({ protocol, ports });
});

/** A rule row's protocol and ports; undefined when the row can match nothing. */
export function trafficOfRow(row: RuleRow): TrafficSpec | undefined {
  return rowTrafficOf(JSON.stringify([row.protocol, row.ports]));
}

function parseRowTraffic(row: Pick<RuleRow, 'protocol' | 'ports'>): TrafficSpec | undefined {
  const protocol = parseProtocol(row.protocol);
  if (!protocol) return undefined;
  if (!hasPorts(protocol)) return { protocol, ports: ALL_PORTS };
  const ports = parsePorts(row.ports);
  return ports ? { protocol, ports } : undefined;
}

/** `TCP 443`, `UDP 1024-65535`, `ICMP`, `all traffic` / `全トラフィック`. */
export function trafficText(t: TrafficSpec): Localized {
  if (t.protocol === 'all') return { en: 'all traffic', ja: '全トラフィック' };
  if (t.protocol === 'icmp') return { en: 'ICMP', ja: 'ICMP' };
  const name = t.protocol.toUpperCase();
  if (formatPorts(t.ports) === 'all')
    return { en: `${name} (all ports)`, ja: `${name}（全ポート）` };
  const text = `${name} ${formatPorts(t.ports)}`;
  return { en: text, ja: text };
}
