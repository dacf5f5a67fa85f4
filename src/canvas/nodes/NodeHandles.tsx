/**
 * Connection handles. The canvas runs in loose connection mode, so every handle both
 * starts and ends edges, and each edge draws itself between the sides that face each
 * other (edges/edgeEnds.ts) instead of remembering where a drag started.
 *
 * A handle is a React Flow component with its own store subscription, and four on
 * each of 500 nodes would cost more than the nodes; so they are mounted only while the
 * pointer can use them: while the node is hovered or selected, or is the source of a
 * connection being drawn. At rest a node has four anchors instead: plain elements
 * with the attributes React Flow reads when it measures a node's handles (it does on
 * every resize), at the very same places, so edges always find all four sides. The
 * mapping hands React Flow the same bounds computed (handleGeometry), so a node that
 * moves or resizes needs no measurement before its edges follow.
 */
import { memo, useCallback, useState } from 'react';
import { Handle } from '@xyflow/react';
import { canvasUiStore } from '../canvasUi';
import { SIDES } from '../flowTypes';
import { POSITION_OF } from '../handleGeometry';

/**
 * Hover tracking for a node's root element, and whether its handles should show.
 * A node a connection is being drawn from stays "hovered" when the pointer leaves it,
 * so the handle the connection started from is not unmounted under React Flow.
 */
export function useHandles(nodeId: string, selected: boolean) {
  const [hovered, setHovered] = useState(false);
  const onPointerEnter = useCallback(() => setHovered(true), []);
  const onPointerLeave = useCallback(() => {
    if (canvasUiStore.getState().connectingFrom !== nodeId) setHovered(false);
  }, [nodeId]);
  return { shown: hovered || selected, onPointerEnter, onPointerLeave };
}

function NodeHandlesView({ nodeId, usable }: { nodeId: string; usable: boolean }) {
  return (
    <>
      {SIDES.map((side) =>
        usable ? (
          <Handle
            key={side}
            id={side}
            type="source"
            position={POSITION_OF[side]}
            className="asp-handle"
            data-testid={`handle-${nodeId}-${side}`}
          />
        ) : (
          <div
            key={side}
            className={`react-flow__handle react-flow__handle-${side} asp-handle asp-anchor source`}
            data-handleid={side}
            data-handlepos={side}
          />
        ),
      )}
    </>
  );
}

/** A node's four handles while they can be used (useHandles), else its four anchors. */
export const NodeHandles = memo(NodeHandlesView);
