/** The React Flow node and edge types of the canvas, derived from the document. */
import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind } from '../domain/document/types';
import type { KindId } from '../domain/kinds/types';

/** Node components read everything else (label, props) from the store by id. */
export type FlowNodeData = { kind: KindId };
export type LeafFlowNode = Node<FlowNodeData, 'leaf'>;
export type ContainerFlowNode = Node<FlowNodeData, 'container'>;
export type FlowNode = LeafFlowNode | ContainerFlowNode;

/** The text drawn on the edge: `443/tcp` for traffic, the user's label, or both. */
export type FlowEdgeData = { text?: string };
export type FlowEdge = Edge<FlowEdgeData, EdgeKind>;

export type Side = 'top' | 'right' | 'bottom' | 'left';
export const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];
