/**
 * WAF-06's one-click fix: a new web ACL with a rate-based rule, managed rule groups and
 * logging, drawn beside the entry point but outside any VPC (a web ACL is an account
 * and Region level service: PLC-01), linked to it by a `protects` edge.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../../document/types';
import { nextNumberedId, uniqueId } from '../../document/ids';
import { MAX_TEXT_LENGTH } from '../../document/limits';
import { cutText } from '../../document/read';
import { defaultProps, sizeOfKind } from '../../kinds/catalogue';
import {
  GAP,
  absolutePosition,
  growToFit,
  nodeMap,
  outermostNetwork,
  placeBeside,
} from '../placement/geometry';
import { nodeName } from '../text';

export function addWebAcl(doc: Diagram, entryId: string): Diagram {
  const nodes = nodeMap(doc);
  const entry = nodes.get(entryId);
  if (!entry) return doc;
  const network = outermostNetwork(nodes, entry);
  const parentId = network ? network.parent : entry.parent;
  const parent = parentId !== undefined ? nodes.get(parentId) : undefined;

  // Just below the entry point, in the frame of the new parent.
  const entryOnScreen = absolutePosition(nodes, entry);
  const origin = absolutePosition(nodes, parent);
  const wanted =
    entryOnScreen && origin
      ? { x: entryOnScreen.x - origin.x, y: entryOnScreen.y - origin.y + sizeOfKind(entry.kind).height + GAP }
      : undefined;
  const position = network ? placeBeside('waf', wanted, network) : wanted;

  const id = nextNumberedId('waf', nodes.keys());
  const acl: DiagramNode = {
    id,
    kind: 'waf',
    label: cutText(`${nodeName(entry)} web ACL`, MAX_TEXT_LENGTH),
    ...(parent ? { parent: parent.id } : {}),
    ...(position ? { position } : {}),
    props: { ...defaultProps('waf'), rateBasedRule: true, managedRules: true, logging: true },
  };
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const base = `e-${id}-${entry.id}`;
  const edge: DiagramEdge = {
    id: edgeIds.has(base) ? uniqueId(base, edgeIds) : base,
    source: id,
    target: entry.id,
    kind: 'protects',
  };
  const next: Diagram = { ...doc, nodes: [...doc.nodes, acl], edges: [...doc.edges, edge] };
  return { ...next, nodes: growToFit(next, parent?.id, position, 'waf') };
}
