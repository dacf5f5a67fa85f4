/**
 * The topology look-ups of topology.ts, remembered per node for one validator run.
 * Rules that walk every traffic edge (SG-03, NACL-02) ask about the same few sources
 * and targets again and again (a load balancer sends to many instances), so each
 * answer is computed once.
 */
import type { DiagramNode } from '../document/types';
import type { GraphIndex } from '../graph/types';
import type { NodeAddress } from './topology';
import { addressOf, customNaclLookup, securityGroupsOf, subnetOf } from './topology';

export interface NetworkView {
  readonly graph: GraphIndex;
  address(id: string): NodeAddress;
  securityGroups(id: string): readonly DiagramNode[];
  subnet(id: string): DiagramNode | undefined;
  /** The custom NACL of a subnet; undefined means the default one, which allows all. */
  customNacl(subnetId: string): DiagramNode | undefined;
  /** False when the diagram has no custom NACL at all: NACL checks can be skipped. */
  readonly hasCustomNacls: boolean;
}

function remember<T>(compute: (id: string) => T): (id: string) => T {
  const cache = new Map<string, T>();
  return (id) => {
    if (cache.has(id)) return cache.get(id) as T;
    const value = compute(id);
    cache.set(id, value);
    return value;
  };
}

/** Kinds whose own node changes the answer; any other node answers like its parent. */
const NETWORK_CONTAINERS = new Set(['subnet', 'vpc', 'security-group']);

export function networkView(graph: GraphIndex): NetworkView {
  /**
   * A leaf sits where its parent sits: it has the parent's address, groups and
   * subnet. Answering through the parent lets siblings share one computation.
   */
  const viaParent = <T>(compute: (id: string) => T): ((id: string) => T) => {
    const cached: (id: string) => T = remember((id) => {
      const node = graph.node(id);
      return node?.parent !== undefined && !NETWORK_CONTAINERS.has(node.kind)
        ? cached(node.parent)
        : compute(id);
    });
    return cached;
  };
  return {
    graph,
    address: viaParent((id) => addressOf(graph, id)),
    securityGroups: viaParent((id) => securityGroupsOf(graph, id)),
    subnet: viaParent((id) => subnetOf(graph, id)),
    customNacl: remember(customNaclLookup(graph)),
    hasCustomNacls: graph.nodesOfKind('network-acl').some((n) => n.props.isDefault !== true),
  };
}
