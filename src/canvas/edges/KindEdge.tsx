/**
 * The one edge component, styled by the edge's kind (traffic, protects, monitors,
 * findings, notifies, logs). Traffic edges carry `port/protocol` as their text.
 */
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../flowTypes';
import { EDGE_STYLE, MARKER_URL, SELECTED_EDGE_STYLE, isEdgeKind } from './edgeStyles';

const LABEL_STYLE = { fontSize: 11, fontWeight: 600, fill: '#232f3e' } as const;
const LABEL_BG_STYLE = { fill: '#ffffff', fillOpacity: 0.92 } as const;
const LABEL_BG_PADDING: [number, number] = [4, 2];

function KindEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, type, selected, data } = props;
  const kind = isEdgeKind(type) ? type : 'traffic';
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    sourcePosition: props.sourcePosition,
    targetX: props.targetX,
    targetY: props.targetY,
    targetPosition: props.targetPosition,
    borderRadius: 10,
    offset: 16,
  });
  return (
    <BaseEdge
      id={id}
      path={path}
      className={`asp-edge asp-edge--${kind}`}
      style={selected ? SELECTED_EDGE_STYLE[kind] : EDGE_STYLE[kind]}
      markerEnd={MARKER_URL[kind]}
      interactionWidth={16}
      label={data?.text}
      labelX={labelX}
      labelY={labelY}
      labelStyle={LABEL_STYLE}
      labelShowBg
      labelBgStyle={LABEL_BG_STYLE}
      labelBgPadding={LABEL_BG_PADDING}
      labelBgBorderRadius={3}
    />
  );
}

export const KindEdge = memo(KindEdgeView);
