/**
 * The node's right-click menu of the trace tool ("Trace from the internet to here",
 * "Trace from here…"): where it is open, if anywhere. The canvas opens it; the menu
 * (TraceNodeMenu.tsx) closes it.
 */
import { createStore } from 'zustand/vanilla';
import { traceStore } from '../../store/trace';

export interface NodeMenu {
  readonly node: string;
  /** Viewport coordinates of the click. */
  readonly x: number;
  readonly y: number;
}

export const nodeMenuStore = createStore<{ menu: NodeMenu | null }>()(() => ({ menu: null }));

/** For React Flow's `onNodeContextMenu`: replaces the browser's menu with the trace menu. */
export function openNodeMenu(
  event: { preventDefault(): void; clientX: number; clientY: number },
  node: { id: string },
): void {
  event.preventDefault();
  nodeMenuStore.setState({ menu: { node: node.id, x: event.clientX, y: event.clientY } });
}

export function closeNodeMenu(): void {
  nodeMenuStore.setState({ menu: null });
}

/** From the internet to the node, on the question's port, answered at once. */
export function traceFromInternetTo(node: string): void {
  closeNodeMenu();
  traceStore.getState().openTool({ from: 'internet', to: node }, true);
}

/** From the node; the destination is picked next on the canvas. */
export function traceFromNode(node: string): void {
  closeNodeMenu();
  traceStore.getState().openTool({ from: node, to: '' });
}

/** For React Flow's `onNodeClick`: while the tool is picking, the clicked node fills that end. */
export function pickClickedNode(_event: unknown, node: { id: string }): void {
  if (traceStore.getState().picking) traceStore.getState().pickNode(node.id);
}
