/**
 * The Fix button of a blocked trace: for a block with one obvious repair, the change
 * that gets the packet past it. Each fix mends exactly the blocking hop; when the
 * packet then stops at the next layer, that layer gets its own Fix. `apply` is pure
 * (a document in, a new document out), so the editor applies it as one undo step.
 */
import { connect } from '../commands/edges';
import type { Diagram, DiagramNode, Localized, RuleRow } from '../document/types';
import { buildGraphIndex } from '../graph/index';
import type { GraphIndex } from '../graph/types';
import { missingRow } from '../net/crossing';
import { ALL_ADDRESSES, parseCidr } from '../net/cidr';
import type { PortRange } from '../net/ports';
import { ALL_PORTS, formatPorts, hasPorts, parseProtocol } from '../net/ports';
import type { Direction } from '../net/rows';
import { directionText, naclRowText, ruleRows, sgRowText } from '../net/rows';
import type { NodeAddress } from '../net/topology';
import type { TrafficSpec } from '../net/traffic';
import { responseOf, trafficOfEdge } from '../net/traffic';
import type { NetworkView } from '../net/view';
import { networkView } from '../net/view';
import { addServiceIn } from '../rules/detection/placeService';
import { message, nodeRef } from '../rules/text';
import type { TraceHop, TraceResult } from './types';

export interface TraceFix {
  readonly label: Localized;
  apply(doc: Diagram): Diagram;
}

/** One leg of the path, as the blocking hop sees it. */
interface Leg {
  readonly net: NetworkView;
  readonly result: TraceResult;
  readonly hop: TraceHop;
  /** The leg's ends; `from` is undefined for the literal public internet. */
  readonly from: DiagramNode | undefined;
  readonly to: DiagramNode;
  readonly traffic: TrafficSpec;
}

/** Load balancers and CDNs open a new connection per leg (trace.md "Which hops exist"). */
function legTraffic(g: GraphIndex, result: TraceResult, leg: number): TrafficSpec | undefined {
  if (leg > 1) {
    const [a, b] = [result.path[leg - 1], result.path[leg]];
    const edge = g.edgesOfKind('traffic').find((e) => e.source === a && e.target === b);
    return edge && trafficOfEdge(edge);
  }
  const protocol = parseProtocol(result.question.protocol);
  if (!protocol) return undefined;
  const port = result.question.port;
  return { protocol, ports: hasPorts(protocol) ? { from: port, to: port } : ALL_PORTS };
}

function isInternet(node: DiagramNode | undefined): boolean {
  return node === undefined || node.kind === 'internet';
}

/** The address a rule must name: the question's `fromCidr` or any address for the internet, else rules.md's. */
function addressOfEnd(leg: Leg, node: DiagramNode | undefined): NodeAddress {
  if (node && !isInternet(node)) return leg.net.address(node.id);
  const cidr = leg.result.question.fromCidr?.trim();
  const range = cidr === undefined ? undefined : parseCidr(cidr);
  return range && cidr
    ? { range, origin: 'public', cidr }
    : { range: ALL_ADDRESSES, origin: 'public', cidr: '0.0.0.0/0' };
}

/** The peer a security-group row names: its nearest security group, else its address. */
function sgPeer(leg: Leg, node: DiagramNode | undefined): string {
  const group = node && !isInternet(node) ? leg.net.securityGroups(node.id)[0] : undefined;
  return group?.id ?? addressOfEnd(leg, node).cidr;
}

function withRow(doc: Diagram, nodeId: string, direction: Direction, row: RuleRow): Diagram {
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.id === nodeId
        ? { ...n, props: { ...n.props, [direction]: [...ruleRows(n, direction), row] } }
        : n,
    ),
  };
}

function addRowFix(target: DiagramNode, direction: Direction, row: RuleRow, text: Localized) {
  return {
    label: message(
      (a) => `Add to ${a.target} the ${a.row}`,
      (a) => `${a.target}に${a.row}を追加`,
      { target: nodeRef(target), row: text },
    ),
    apply: (doc: Diagram) => withRow(doc, target.id, direction, row),
  } satisfies TraceFix;
}

/** SG_INBOUND_DENY / SG_OUTBOUND_DENY: the allow row for the leg's port, to or from the other end. */
function securityGroupFix(leg: Leg, direction: Direction): TraceFix | undefined {
  const sg = leg.net.graph.node(leg.hop.node);
  if (sg?.kind !== 'security-group') return undefined;
  const ports = formatPorts(leg.traffic.ports);
  const { protocol } = leg.traffic;
  const row: RuleRow =
    direction === 'inbound'
      ? { protocol, ports, source: sgPeer(leg, leg.from) }
      : { protocol, ports, destination: sgPeer(leg, leg.to) };
  return addRowFix(sg, direction, row, sgRowText(row, direction, ruleRows(sg, direction).length));
}

/**
 * The NACL codes: which direction and traffic the NACL checked, and against whose
 * address. The request is checked inbound at subnet(b) against a and outbound at
 * subnet(a) against b; the response the other way round, on the ephemeral ports.
 */
function naclFix(leg: Leg): TraceFix | undefined {
  const nacl = leg.net.graph.node(leg.hop.node);
  if (nacl?.kind !== 'network-acl') return undefined;
  const code = leg.hop.code;
  let direction: Direction;
  if (code === 'NACL_INBOUND_DENY') direction = 'inbound';
  else if (code === 'NACL_OUTBOUND_DENY') direction = 'outbound';
  else direction = responseDirection(leg, nacl);
  const atDestination = (code === 'NACL_RESPONSE_DENY') === (direction === 'outbound');
  const traffic = code === 'NACL_RESPONSE_DENY' ? responseOf(leg.traffic) : leg.traffic;
  const peer = addressOfEnd(leg, atDestination ? leg.from : leg.to);
  const row = missingRow({ nacl, direction, traffic, peer });
  if (!row) return undefined;
  return addRowFix(
    nacl,
    direction,
    row,
    message(
      (a) => `${a.dir} ${a.row}`,
      (a) => `${a.dir}の${a.row}`,
      {
        dir: directionText(direction),
        row: naclRowText(row),
      },
    ),
  );
}

/** The response leaves subnet(b) outbound, then enters subnet(a) inbound. */
function responseDirection(leg: Leg, nacl: DiagramNode): Direction {
  if (leg.hop.deciding?.type === 'nacl') return leg.hop.deciding.direction;
  const subnet = leg.net.subnet(leg.to.id);
  return subnet && leg.net.customNacl(subnet.id)?.id === nacl.id ? 'outbound' : 'inbound';
}

function internetGatewayFix(leg: Leg): TraceFix | undefined {
  const vpc = leg.net.graph.node(leg.hop.node);
  if (vpc?.kind !== 'vpc') return undefined;
  return {
    label: message(
      (a) => `Add an internet gateway to ${a.vpc}`,
      (a) => `${a.vpc}にインターネットゲートウェイを追加`,
      { vpc: nodeRef(vpc) },
    ),
    apply: (doc) => addServiceIn(doc, { kind: 'internet-gateway', scope: vpc.id }).doc,
  };
}

/** The ports a load balancer listens on: those of its incoming traffic, else 80 and 443. */
function listensOn(g: GraphIndex, lb: DiagramNode, port: number): boolean {
  const incoming = g.edgesOfKind('traffic').filter((e) => e.target === lb.id);
  if (incoming.length === 0) return port === 80 || port === 443;
  return incoming.some((e) => {
    const t = trafficOfEdge(e);
    return t !== undefined && t.ports.from <= port && port <= t.ports.to;
  });
}

/**
 * PRIVATE_SUBNET / NO_PUBLIC_ADDRESS of a server the internet asks for directly: the
 * usual design keeps it private behind the VPC's internet-facing load balancer, so
 * the fix draws the load balancer's traffic to it on the question's port.
 */
function behindLoadBalancerFix(leg: Leg): TraceFix | undefined {
  const { graph } = leg.net;
  const server = leg.to;
  if (server.kind !== 'ec2' || !isInternet(leg.from)) return undefined;
  const port: PortRange = leg.traffic.ports;
  if (leg.traffic.protocol !== 'tcp' || port.from !== port.to) return undefined;
  const vpc = graph.nearest(server.id, 'vpc');
  const alb = graph
    .nodesOfKind('alb')
    .find(
      (lb) =>
        lb.props.scheme !== 'internal' &&
        graph.nearest(lb.id, 'vpc')?.id === vpc?.id &&
        listensOn(graph, lb, port.from),
    );
  if (!vpc || !alb) return undefined;
  if (graph.edgesOfKind('traffic').some((e) => e.source === alb.id && e.target === server.id)) {
    return undefined;
  }
  return {
    label: message(
      (a) => `Put ${a.server} behind ${a.alb} (traffic on port ${a.port})`,
      (a) => `${a.server}を${a.alb}の後ろに置く（ポート ${a.port} の通信）`,
      { server: nodeRef(server), alb: nodeRef(alb), port: String(port.from) },
    ),
    apply: (doc) =>
      connect(doc, {
        source: alb.id,
        target: server.id,
        kind: 'traffic',
        props: { port: port.from, protocol: 'tcp' },
      }).doc,
  };
}

/** The blocking hop: the first deny reported where `blocked` says. */
function blockingHop(result: TraceResult): TraceHop | undefined {
  const { blocked } = result;
  if (!blocked) return undefined;
  return result.hops.find(
    (h) => h.verdict === 'deny' && h.code === blocked.code && h.node === blocked.node,
  );
}

/** The fix for a blocked trace whose block has an obvious repair; undefined otherwise. */
export function fixForTrace(doc: Diagram, result: TraceResult): TraceFix | undefined {
  const hop = blockingHop(result);
  if (!hop) return undefined;
  const net = networkView(buildGraphIndex(doc));
  const to = net.graph.node(result.path[hop.leg] ?? '');
  const traffic = legTraffic(net.graph, result, hop.leg);
  if (!to || !traffic) return undefined;
  const from = net.graph.node(result.path[hop.leg - 1] ?? '');
  const leg: Leg = { net, result, hop, from, to, traffic };
  switch (hop.code) {
    case 'SG_INBOUND_DENY':
      return securityGroupFix(leg, 'inbound');
    case 'SG_OUTBOUND_DENY':
      return securityGroupFix(leg, 'outbound');
    case 'NACL_INBOUND_DENY':
    case 'NACL_OUTBOUND_DENY':
    case 'NACL_RESPONSE_DENY':
      return naclFix(leg);
    case 'NO_INTERNET_GATEWAY':
      return internetGatewayFix(leg);
    case 'PRIVATE_SUBNET':
    case 'NO_PUBLIC_ADDRESS':
      return behindLoadBalancerFix(leg);
    default:
      return undefined;
  }
}
