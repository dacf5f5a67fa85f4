/**
 * SVG markers of the edge kinds. Rendered inside React Flow's viewport so that an
 * image export of the viewport carries them along with the edges.
 */
import { memo } from 'react';
import { EDGE_KINDS } from '../../domain/document/types';
import type { EdgeLook } from './edgeStyles';
import { EDGE_LOOKS, markerId } from './edgeStyles';

function MarkerShapeView({ look }: { look: EdgeLook }) {
  switch (look.marker) {
    case 'arrow':
      return <path d="M 0 0 L 10 5 L 0 10 z" fill={look.stroke} />;
    case 'open-arrow':
      return <path d="M 1 1 L 9 5 L 1 9" fill="none" stroke={look.stroke} strokeWidth={1.6} />;
    case 'shield':
      return (
        <path
          d="M 5 0.5 L 9.5 2 L 9.5 5.5 C 9.5 8 7.5 9.5 5 10.5 C 2.5 9.5 0.5 8 0.5 5.5 L 0.5 2 z"
          fill={look.stroke}
          stroke="#fff"
          strokeWidth={0.8}
        />
      );
    case 'dot':
      return <circle cx={5} cy={5} r={3.5} fill={look.stroke} />;
  }
}

function EdgeMarkersView() {
  return (
    <svg className="asp-edge-markers" width={0} height={0} aria-hidden="true">
      <defs>
        {EDGE_KINDS.map((kind) => {
          const look = EDGE_LOOKS[kind];
          // Shields are drawn larger and not scaled by the (thick) stroke.
          const size = look.marker === 'shield' ? 16 : 12;
          return (
            <marker
              key={kind}
              id={markerId(kind)}
              viewBox="0 0 10 11"
              refX={look.marker === 'shield' ? 8 : 9}
              refY={5}
              markerWidth={size}
              markerHeight={size}
              markerUnits="userSpaceOnUse"
              orient="auto-start-reverse"
            >
              <MarkerShapeView look={look} />
            </marker>
          );
        })}
      </defs>
    </svg>
  );
}

export const EdgeMarkers = memo(EdgeMarkersView);
