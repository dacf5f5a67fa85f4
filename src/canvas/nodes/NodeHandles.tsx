/**
 * One connection handle per side. The canvas runs in loose connection mode, so every
 * handle both starts and ends edges, and the mapping picks the sides that face each
 * other (flowMapping.facingSides) instead of remembering where a drag started.
 */
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { Side } from '../flowTypes';

const POSITIONS: readonly [Side, Position][] = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
];

function NodeHandlesView({ nodeId }: { nodeId: string }) {
  return (
    <>
      {POSITIONS.map(([side, position]) => (
        <Handle
          key={side}
          id={side}
          type="source"
          position={position}
          className="asp-handle"
          data-testid={`handle-${nodeId}-${side}`}
        />
      ))}
    </>
  );
}

export const NodeHandles = memo(NodeHandlesView);
