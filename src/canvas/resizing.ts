/**
 * Ends a container resize as one undo step. React Flow keeps the children in place on
 * screen while the top or left edge moves by shifting their relative positions; those
 * shifts are committed together with the new size.
 */
import { moveNodes, resizeNode } from '../domain/commands';
import { editorStore } from '../store/editorStore';
import { currentFlow } from './canvasBridge';
import { nodeById } from './docIndex';

export interface ResizeResult {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function commitResize(id: string, rect: ResizeResult): void {
  const children =
    currentFlow()
      ?.getNodes()
      .filter((n) => n.parentId === id) ?? [];
  editorStore.getState().commit((doc) => {
    const size = { width: Math.round(rect.width), height: Math.round(rect.height) };
    let next = resizeNode(doc, id, size, { x: rect.x, y: rect.y });
    const shifted = children
      .filter((c) => {
        const p = nodeById(doc, c.id)?.position;
        return !p || p.x !== c.position.x || p.y !== c.position.y;
      })
      .map((c) => ({ id: c.id, position: { x: c.position.x, y: c.position.y } }));
    if (shifted.length) next = moveNodes(next, shifted);
    return next;
  });
}
