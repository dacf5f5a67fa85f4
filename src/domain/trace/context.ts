/**
 * What one trace (or one exposure map) asks of the diagram, built once per call: the
 * graph index, the network view the validator uses, each node as an end of a leg, and
 * the few per-VPC and per-node look-ups the checks need (gateways, firewalls, IDS/IPS,
 * WAF and Shield). Every look-up is constant time after one pass over its kind, so a
 * trace never walks the whole diagram per candidate leg.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../document/types';
import { buildGraphIndex } from '../graph/index';
import type { GraphIndex } from '../graph/types';
import { defaultPropValue } from '../kinds/catalogue';
import type { KindId } from '../kinds/types';
import type { AddressRange } from '../net/cidr';
import { ALL_ADDRESSES, parseCidr } from '../net/cidr';
import type { NodeAddress } from '../net/topology';
import type { NetworkView } from '../net/view';
import { networkView } from '../net/view';
import { memoByText } from '../net/memo';
import { protectorsOf } from '../rules/protects';
import { INTERNET } from './types';

/** Nodes that pass traffic on, along their drawn `traffic` edges (trace.md "Which hops exist"). */
export const FORWARDING_KINDS: ReadonlySet<KindId> = new Set<KindId>([
  'cloudfront',
  'route53',
  'global-accelerator',
  'alb',
  'nlb',
  'api-gateway',
  'appsync',
  'app-runner',
  'verified-access',
]);

/** Public endpoints outside a VPC that the internet and a VPC's egress reach directly. */
const PUBLIC_ENDPOINT_KINDS: ReadonlySet<KindId> = new Set<KindId>([
  'cloudfront',
  'route53',
  'global-accelerator',
  'api-gateway',
  'appsync',
  'cognito-user-pool',
  'app-runner',
  'verified-access',
]);

/** A prop as the node has it, else the kind's default (hand-written files may omit props). */
export function propOf(node: DiagramNode, name: string): unknown {
  return name in node.props ? node.props[name] : defaultPropValue(node.kind, name);
}

/** A public endpoint of trace.md: an edge service, or an S3 bucket without Block Public Access. */
export function isPublicEndpoint(node: DiagramNode | undefined): boolean {
  if (!node) return false;
  if (PUBLIC_ENDPOINT_KINDS.has(node.kind)) return true;
  return node.kind === 's3' && propOf(node, 'blockPublicAccess') === false;
}

/**
 * Can the internet address `node` directly (trace.md check 1): an EC2 with a public or
 * Elastic IP, an internet-facing load balancer, a publicly accessible RDS database.
 */
export function hasPublicAddress(node: DiagramNode | undefined): boolean {
  if (!node) return false;
  switch (node.kind) {
    case 'ec2':
      return propOf(node, 'publicIp') === true || propOf(node, 'elasticIp') === true;
    case 'alb':
    case 'nlb':
      return propOf(node, 'scheme') === 'internet-facing';
    case 'rds':
      return propOf(node, 'publiclyAccessible') === true;
    default:
      return false;
  }
}

export function isPublicSubnet(subnet: DiagramNode): boolean {
  return propOf(subnet, 'tier') === 'public';
}

/** One end of a leg: a node of the diagram, or the public internet. */
export interface LegEnd {
  /** The node id, or the literal `internet` when the diagram has no internet node. */
  readonly id: string;
  readonly node: DiagramNode | undefined;
  readonly internet: boolean;
  /** The address a rule must contain to name this end. */
  readonly address: NodeAddress;
  /** Its security groups, nearest first (none outside a VPC). */
  readonly groups: readonly DiagramNode[];
  readonly groupIds: readonly string[];
  readonly subnet: DiagramNode | undefined;
  readonly vpc: DiagramNode | undefined;
}

export interface TraceContext {
  readonly graph: GraphIndex;
  readonly net: NetworkView;
  /** The id a path from the internet starts with: the first `internet` node, else `internet`. */
  readonly internetId: string;
  /** The end for a node id (or the internet id); one object per id. */
  end(id: string): LegEnd;
  /** The subnets a node sits in: subnet(x), and a load balancer's `subnets` too. */
  subnetsOf(end: LegEnd): readonly DiagramNode[];
  internetGateway(vpc: DiagramNode): DiagramNode | undefined;
  /** A NAT gateway with public connectivity in a public subnet of the VPC. */
  publicNatGateway(vpc: DiagramNode): DiagramNode | undefined;
  networkFirewalls(vpc: DiagramNode): readonly DiagramNode[];
  /** IDS/IPS nodes in subnet(x) or in one of x's security groups. */
  idsIps(end: LegEnd): readonly DiagramNode[];
  wafs(id: string): readonly DiagramNode[];
  advancedShields(id: string): readonly DiagramNode[];
  /** Traffic edges out of a node, in document order. */
  trafficOut(id: string): readonly DiagramEdge[];
  trafficIn(id: string): readonly DiagramEdge[];
}

/** Nodes of `kind` grouped by a key of each (its VPC, its subnet…); computed on first use. */
function groupedBy(
  graph: GraphIndex,
  kind: KindId,
  keysOf: (node: DiagramNode) => readonly (string | undefined)[],
): (key: string) => readonly DiagramNode[] {
  let groups: Map<string, DiagramNode[]> | undefined;
  return (key) => {
    if (!groups) {
      groups = new Map();
      for (const node of graph.nodesOfKind(kind)) {
        for (const k of new Set(keysOf(node))) {
          if (k === undefined) continue;
          const list = groups.get(k) ?? [];
          list.push(node);
          groups.set(k, list);
        }
      }
    }
    return groups.get(key) ?? [];
  };
}

/** The internet as a source: the question's `fromCidr`, else any public address. */
function internetAddress(fromCidr: string | undefined): NodeAddress {
  const text = fromCidr?.trim();
  const range: AddressRange | undefined = text ? parseCidr(text) : undefined;
  return range && text
    ? { range, origin: 'public', cidr: text }
    : { range: ALL_ADDRESSES, origin: 'public', cidr: '0.0.0.0/0' };
}

/** A context lives for one trace or map: its caches need no bound, and keep one object per id. */
const memoByKey = <T>(compute: (key: string) => T) => memoByText(compute, Infinity);

export function createContext(doc: Diagram, fromCidr?: string): TraceContext {
  const graph = buildGraphIndex(doc);
  const net = networkView(graph);
  const internetId = graph.nodesOfKind('internet')[0]?.id ?? INTERNET;
  const vpcOf = (node: DiagramNode) => graph.nearest(node.id, 'vpc')?.id;

  const end = memoByKey((id): LegEnd => {
    const node = graph.node(id);
    if (node === undefined || node.kind === 'internet') {
      return {
        id,
        node,
        internet: true,
        // fromCidr narrows the internet only where it is the source; as a destination
        // (a VPC's egress) any public address is meant, and no question has both.
        address: internetAddress(fromCidr),
        groups: [],
        groupIds: [],
        subnet: undefined,
        vpc: undefined,
      };
    }
    const groups = net.securityGroups(id);
    return {
      id,
      node,
      internet: false,
      address: net.address(id),
      groups,
      groupIds: groups.map((g) => g.id),
      subnet: net.subnet(id),
      vpc: node.kind === 'vpc' ? node : graph.nearest(id, 'vpc'),
    };
  });

  const gateways = groupedBy(graph, 'internet-gateway', (n) => [vpcOf(n)]);
  const nats = groupedBy(graph, 'nat-gateway', (n) => {
    const subnet = graph.nearest(n.id, 'subnet');
    const usable = propOf(n, 'connectivity') === 'public' && subnet && isPublicSubnet(subnet);
    return usable ? [vpcOf(n)] : [];
  });
  const firewalls = groupedBy(graph, 'network-firewall', (n) => [vpcOf(n)]);
  // An IDS/IPS is found by its subnet and by every security group above it.
  const sensors = groupedBy(graph, 'ids-ips', (n) => [
    graph.nearest(n.id, 'subnet')?.id,
    ...graph
      .ancestors(n.id)
      .filter((a) => a.kind === 'security-group')
      .map((a) => a.id),
  ]);

  return {
    graph,
    net,
    internetId,
    end,
    subnetsOf(e) {
      const own = e.subnet ? [e.subnet] : [];
      const node = e.node;
      if (!node || (node.kind !== 'alb' && node.kind !== 'nlb')) return own;
      const listed = propOf(node, 'subnets');
      const more = Array.isArray(listed)
        ? listed.flatMap((id) => {
            const s = typeof id === 'string' ? graph.node(id) : undefined;
            return s?.kind === 'subnet' && s.id !== e.subnet?.id ? [s] : [];
          })
        : [];
      return [...own, ...more];
    },
    internetGateway: (vpc) => gateways(vpc.id)[0],
    publicNatGateway: (vpc) => nats(vpc.id)[0],
    networkFirewalls: (vpc) => firewalls(vpc.id),
    idsIps(e) {
      const found = new Set<DiagramNode>(e.subnet ? sensors(e.subnet.id) : []);
      for (const g of e.groupIds) for (const s of sensors(g)) found.add(s);
      return [...found];
    },
    wafs: memoByKey((id) => protectorsOf(graph, id, 'waf')),
    advancedShields: memoByKey((id) =>
      protectorsOf(graph, id, 'shield').filter((s) => propOf(s, 'tier') === 'advanced'),
    ),
    trafficOut: (id) => graph.edgesOut(id, 'traffic'),
    trafficIn: (id) => graph.edgesIn(id, 'traffic'),
  };
}
