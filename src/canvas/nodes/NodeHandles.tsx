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
import { Handle, Position, useUpdateNodeInternals } from '@xyflow/react';
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

function NodeHandlesView({ nodeId, shown }: { nodeId: string; shown: number }) {
  const updateNodeInternals = useUpdateNodeInternals();
  const measured = useRef(shown);
  useLayoutEffect(() => {
    // React Flow measures a node's handles when it first sees the node; later
    // changes of the mounted set have to be announced.
    if (measured.current === shown) return;
    measured.current = shown;
    updateNodeInternals(nodeId);
  }, [nodeId, shown, updateNodeInternals]);
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
