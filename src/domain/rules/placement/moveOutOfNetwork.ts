/**
 * PLC-01's one-click fix: a service drawn inside a VPC moves to the level that holds
 * the VPC, at the same place on screen unless that is over the VPC, in which case it
 * goes just right of it. Its edges stay as they are.
 */
import { moveNodes } from '../../commands';
import type { Diagram } from '../../document/types';
import { growToFit, outermostNetwork, placeBeside, placeIn } from './geometry';

export function moveOutOfNetwork(doc: Diagram, nodeId: string): Diagram {
  const network = outermostNetwork(doc, nodeId);
  if (!network) return doc;
  const parent = network.parent;
  const position = placeBeside(placeIn(doc, parent, nodeId), network);
  const moved = moveNodes(doc, [{ id: nodeId, position, parent: parent ?? null }]);
  return moved === doc ? doc : growToFit(moved, parent, position);
}
