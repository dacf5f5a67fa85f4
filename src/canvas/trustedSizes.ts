/**
 * React Flow watches every node's element with a ResizeObserver and, for each one it sees
 * change size (and once for each when it starts watching), reads the size and every
 * handle back from the DOM and updates its store, which runs every node's and edge's
 * selector again. The canvas already hands React Flow each node's size (`measured`) and
 * handle bounds (`handles`, handleGeometry.ts), so such a reading finds nothing new:
 * after an auto layout that resizes a hundred containers it cost 150–250 ms in one frame
 * (docs/decisions.md, Canvas). Readings of elements whose size is the one React Flow
 * already holds are dropped before they reach its store; any other (a size the mapping
 * got wrong, a node without handle bounds) still goes through, and the anchors of
 * NodeHandles give it handles to read.
 */
import type { ReactFlowState, useStoreApi } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './flowTypes';

type FlowState = ReactFlowState<FlowNode, FlowEdge>;
type FlowStore = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;
type Measurements = Parameters<FlowState['updateNodeInternals']>[0];
type Measurement = Measurements extends Map<string, infer M> ? M : never;

export interface Size {
  width: number;
  height: number;
}

/** What React Flow reads as an element's size (`getDimensions` in @xyflow/system). */
export function elementSize(element: HTMLElement): Size {
  return { width: element.offsetWidth, height: element.offsetHeight };
}

/**
 * The readings that may tell React Flow something: of a node it does not know, a hidden
 * one, one without handle bounds, or one whose element is not the size it holds.
 */
export function readingsWorthTaking(
  readings: Measurements,
  lookup: FlowState['nodeLookup'],
  sizeOf: (element: Measurement['nodeElement']) => Size,
): Measurements {
  const kept: Measurements = new Map();
  for (const [id, reading] of readings) {
    const node = lookup.get(id);
    const size = node && !node.hidden && node.internals.handleBounds && sizeOf(reading.nodeElement);
    const known =
      size && size.width === node.measured.width && size.height === node.measured.height;
    if (!known) kept.set(id, reading);
  }
  return kept;
}

const trusting = new WeakSet<FlowStore>();

/**
 * Makes `store` drop the readings that would change nothing. It must run before React
 * Flow's node renderer first renders: its ResizeObserver keeps the `updateNodeInternals`
 * it found then.
 */
export function trustGivenSizes(store: FlowStore): void {
  if (trusting.has(store)) return;
  trusting.add(store);
  const take = store.getState().updateNodeInternals;
  store.setState({
    updateNodeInternals: (readings, params) => {
      const kept = readingsWorthTaking(readings, store.getState().nodeLookup, elementSize);
      if (kept.size > 0) take(kept, params);
    },
  });
}
