/**
 * The one edge component, styled by the edge's kind (traffic, protects, monitors,
 * findings, notifies, logs). Traffic edges carry `port/protocol` as their text. It
 * chooses its sides from its two nodes (edgeEnds.ts), not from the handles the edge
 * object names.
 */
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, useInternalNode } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../flowTypes';
import { edgeEnds } from './edgeEnds';
import { EDGE_STYLE, MARKER_URL, SELECTED_EDGE_STYLE, isEdgeKind } from './edgeStyles';
import { useEdgeOnTracePath } from '../trace/useTraceView';

function KindEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, type, selected, data } = props;
  const kind = isEdgeKind(type) ? type : 'traffic';
  const source = useInternalNode<FlowNode>(props.source);
  const target = useInternalNode<FlowNode>(props.target);
  // Only traffic edges carry the traced packet.
  const onPath = useEdgeOnTracePath(props.source, props.target) && kind === 'traffic';
  const ends = source && target ? edgeEnds(source, target) : undefined;
  if (!ends) return null;
  const [path, labelX, labelY] = getSmoothStepPath({ ...ends, borderRadius: 10, offset: 16 });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`asp-edge asp-edge--${kind}${onPath ? ' asp-edge--on-path' : ''}`}
        style={selected ? SELECTED_EDGE_STYLE[kind] : EDGE_STYLE[kind]}
        markerEnd={MARKER_URL[kind]}
        interactionWidth={16}
      />
      {data?.text && (
        // A halo instead of React Flow's measured label box: no getBBox per edge on load.
        <text
          x={labelX}
          y={labelY}
          className="asp-edge-label"
          textAnchor="middle"
          dominantBaseline="central"
        >
          {data.text}
        </text>
      )}
    </>
  );
}

export const KindEdge = memo(KindEdgeView);
