/**
 * PLC-01's one-click fix: a service drawn inside a VPC moves to the level that holds
 * the VPC, at the same place on screen unless that is over the VPC, in which case it
 * goes just right of it. Its edges stay as they are.
 */
import type { Diagram, DiagramNode } from '../../document/types';
import {
  absolutePosition,
  growToFit,
  nodeMap,
  outermostNetwork,
  placeBeside,
} from './geometry';

export function moveOutOfNetwork(doc: Diagram, nodeId: string): Diagram {
  const nodes = nodeMap(doc);
  const node = nodes.get(nodeId);
  const network = node && outermostNetwork(nodes, node);
  if (!node || !network) return doc;
  const newParent = network.parent !== undefined ? nodes.get(network.parent) : undefined;

  const onScreen = absolutePosition(nodes, node);
  const origin = absolutePosition(nodes, newParent);
  const wanted =
    onScreen && origin ? { x: onScreen.x - origin.x, y: onScreen.y - origin.y } : undefined;
  const position = placeBeside(node.kind, wanted, network);

  const { parent: _old, position: _place, ...rest } = node;
  const moved: DiagramNode = {
    ...rest,
    ...(newParent ? { parent: newParent.id } : {}),
    ...(position ? { position } : {}),
  };
  const next = { ...doc, nodes: doc.nodes.map((n) => (n.id === nodeId ? moved : n)) };
  return { ...next, nodes: growToFit(next, newParent?.id, position, node.kind) };
}
