/**
 * Connection handles. The canvas runs in loose connection mode, so every handle both
 * starts and ends edges, and the mapping picks the sides that face each other
 * (flowMapping.facingSides) instead of remembering where a drag started.
 *
 * A handle is a React Flow component with its own store subscription; four on each
 * of 1,000 nodes cost more than the nodes themselves. So a node mounts only the
 * handles its edges use, and all four while it is hovered, selected or the source
 * of a connection being drawn. When that set changes, React Flow re-measures the node.
 */
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { Handle, Position, useStoreApi, useUpdateNodeInternals } from '@xyflow/react';
import { canvasUiStore } from '../canvasUi';
import type { Side } from '../flowTypes';
import { ALL_SIDES, SIDE_BITS } from '../flowTypes';

const POSITIONS: readonly [Side, Position][] = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
];

/**
 * Hover tracking for a node's root element, and whether all its handles should show.
 * A node a connection is being drawn from stays "hovered" when the pointer leaves it,
 * so the handle the connection started from is not unmounted under React Flow.
 */
export function useHandleSides(nodeId: string, sides: number, selected: boolean) {
  const [hovered, setHovered] = useState(false);
  const onPointerEnter = useCallback(() => setHovered(true), []);
  const onPointerLeave = useCallback(() => {
    if (canvasUiStore.getState().connectingFrom !== nodeId) setHovered(false);
  }, [nodeId]);
  const shown = hovered || selected ? ALL_SIDES : sides;
  return { shown, onPointerEnter, onPointerLeave };
}

type UpdateNodeInternals = ReturnType<typeof useUpdateNodeInternals>;
/** Stable per React Flow instance (the hooks hand every node its own wrapper objects). */
type FlowInstanceKey = ReturnType<typeof useStoreApi>['getState'];

/** Nodes whose handles changed in the current commit, per React Flow instance. */
const pendingRemeasure = new Map<
  FlowInstanceKey,
  { update: UpdateNodeInternals; ids: Set<string> }
>();

/**
 * Announces all the nodes of one commit in one call. A layout changes the sides of
 * hundreds of nodes at once; announced one by one, each would get its own frame
 * callback that reads the DOM, walks every node and re-renders React Flow's store
 * (seconds of blocked main thread for 500 nodes), where one call does it all once.
 */
function remeasureAfterCommit(
  instance: FlowInstanceKey,
  update: UpdateNodeInternals,
  nodeId: string,
) {
  if (pendingRemeasure.size === 0) queueMicrotask(flushRemeasure);
  const batch = pendingRemeasure.get(instance) ?? { update, ids: new Set<string>() };
  batch.ids.add(nodeId);
  pendingRemeasure.set(instance, batch);
}

function flushRemeasure() {
  const batches = [...pendingRemeasure.values()];
  pendingRemeasure.clear();
  for (const { update, ids } of batches) update([...ids]);
}

function NodeHandlesView({ nodeId, shown }: { nodeId: string; shown: number }) {
  const { getState: flowInstance } = useStoreApi();
  const updateNodeInternals = useUpdateNodeInternals();
  const measured = useRef(shown);
  useLayoutEffect(() => {
    // React Flow measures a node's handles when it first sees the node; later
    // changes of the mounted set have to be announced.
    if (measured.current === shown) return;
    measured.current = shown;
    remeasureAfterCommit(flowInstance, updateNodeInternals, nodeId);
  }, [nodeId, shown, flowInstance, updateNodeInternals]);
  return (
    <>
      {POSITIONS.map(([side, position]) =>
        shown & SIDE_BITS[side] ? (
          <Handle
            key={side}
            id={side}
            type="source"
            position={position}
            className="asp-handle"
            data-testid={`handle-${nodeId}-${side}`}
          />
        ) : null,
      )}
    </>
  );
}

export const NodeHandles = memo(NodeHandlesView);
