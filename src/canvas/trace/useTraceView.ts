/**
 * Per-node and per-edge subscriptions to the trace view: each selector is a lookup in
 * the cached view (traceView.ts), so a new step or answer re-renders only the nodes
 * and edges whose look changes, never all of them.
 */
import { useTrace } from '../../store/trace';
import type { TraceState } from '../../store/trace';
import type { NodeTrace, TraceRole, TraceView } from './traceView';
import { edgeKey, traceViewOf } from './traceView';

const viewOf = (s: TraceState): TraceView => traceViewOf(s);

export function useNodeTrace(nodeId: string): NodeTrace | undefined {
  return useTrace((s) => viewOf(s).nodes.get(nodeId));
}

/** The node's role while a trace or the exposure map is shown (`data-trace` on the node). */
export function useNodeTraceRole(nodeId: string): TraceRole | undefined {
  return useTrace((s) => viewOf(s).nodes.get(nodeId)?.role);
}

export function useEdgeOnTracePath(source: string, target: string): boolean {
  return useTrace((s) => viewOf(s).pathEdges.has(edgeKey(source, target)));
}

/** The canvas wrapper's modifier classes: dims what the trace or exposure map does not show. */
export function useTraceCanvasClass(): string {
  return useTrace((s) => {
    const view = viewOf(s);
    return `${view.tracing ? ' asp-canvas--trace' : ''}${view.exposing ? ' asp-canvas--exposure' : ''}`;
  });
}
