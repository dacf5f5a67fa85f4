/**
 * The document commands: pure functions, a document in and a new document out. They
 * never change their input and return the very same document when nothing changes,
 * which the store takes as "no undo step".
 */
import type { Diagram } from '../document/types';
import { emptyDiagram } from '../document/types';

export { addNode, updateNode, resizeNode } from './nodes';
export type { AddNodeArgs, NodePatch } from './nodes';
export { moveNodes, reparentKeepingScreenPlace, setLayout } from './move';
export type { NodeMove, Layout } from './move';
export { removeElements } from './remove';
export type { Removal } from './remove';
export { connect, updateEdge } from './edges';
export type { ConnectArgs, EdgePatch } from './edges';
export { copyFragment, pasteFragment, duplicate, DUPLICATE_OFFSET } from './fragment';
export type { Fragment, PasteOptions } from './fragment';
export { applyAccept, removeAccept } from './accept';

/** A new, empty diagram. */
export function newDiagram(): Diagram {
  return emptyDiagram();
}
