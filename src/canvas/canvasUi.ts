/**
 * Canvas-only UI state that is neither document nor selection: snapping and the
 * container highlighted while something is dragged over it. Kept apart from the
 * editor store so that a highlight change re-renders two container nodes, nothing else.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** draw.io's default grid. */
export const GRID_SIZE = 16;

export interface CanvasUiState {
  snapToGrid: boolean;
  /** Container under the pointer while nodes are dragged (null: top level / none). */
  dropTarget: string | null;
  legendOpen: boolean;
  /** The node a connection is being dragged from: its handles stay mounted meanwhile. */
  connectingFrom: string | null;
  setSnapToGrid(on: boolean): void;
  setDropTarget(id: string | null): void;
  setLegendOpen(open: boolean): void;
  setConnectingFrom(id: string | null): void;
}

export const canvasUiStore = createStore<CanvasUiState>()((set, get) => ({
  snapToGrid: true,
  dropTarget: null,
  legendOpen: true,
  connectingFrom: null,
  setSnapToGrid(on) {
    set({ snapToGrid: on });
  },
  setDropTarget(id) {
    if (get().dropTarget !== id) set({ dropTarget: id });
  },
  setLegendOpen(open) {
    set({ legendOpen: open });
  },
  setConnectingFrom(id) {
    if (get().connectingFrom !== id) set({ connectingFrom: id });
  },
}));

export function useCanvasUi<T>(selector: (s: CanvasUiState) => T): T {
  return useStore(canvasUiStore, selector);
}

export function snapPoint(p: { x: number; y: number }, grid = GRID_SIZE) {
  return { x: Math.round(p.x / grid) * grid, y: Math.round(p.y / grid) * grid };
}
