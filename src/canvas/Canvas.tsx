/**
 * The diagram canvas: React Flow showing the editor store's document.
 *
 * React Flow's nodes live in local state that mirrors the document. Drags, resizes and
 * measurements change only that local state (React Flow re-renders what moved); the
 * document changes once, when the gesture ends, so a whole drag is one undo step.
 * Selection is folded into the store, which the inspector and the shortcuts read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DragEvent as ReactDragEvent, MouseEvent as ReactMouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  ConnectionMode,
  ControlButton,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  SelectionMode,
  ViewportPortal,
  applyNodeChanges,
  useReactFlow,
  useStoreApi,
} from '@xyflow/react';
import type {
  Connection,
  EdgeChange,
  EdgeTypes,
  FinalConnectionState,
  IsValidConnection,
  NodeChange,
  NodeTypes,
  OnConnectStart,
  OnNodeDrag,
  SelectionDragHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { connect, moveNodes } from '../domain/commands';
import { EDGE_KINDS } from '../domain/document/types';
import type { Point } from '../domain/document/types';
import { isKindId } from '../domain/kinds/catalogue';
import { editorStore, useEditor } from '../store/editorStore';
import { useT } from '../panels/useT';
import { openDocumentFiles } from '../open/openDocument';
import { KIND_MIME, addKindAt, registerFlow } from './canvasBridge';
import { GRID_SIZE, canvasUiStore, useCanvasUi } from './canvasUi';
import { nodeById } from './docIndex';
import { EdgeLegend } from './edges/EdgeLegend';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { KindEdge } from './edges/KindEdge';
import type { FlowEdge, FlowNode } from './flowTypes';
import { toFlowEdges, toFlowNodes, withResizedHandles } from './flowMapping';
import { trustGivenSizes } from './trustedSizes';
import { ANIMATED_FIT_MAX_NODES, viewportToFit } from './fitAtOnce';
import { Overview } from './overview/Overview';
import { dropParentAt, nestingMoves } from './nesting';
import { ContainerNode } from './nodes/ContainerNode';
import { LeafNode } from './nodes/LeafNode';
import { selectionAfter } from './selectionChanges';
import { useCanvasShortcuts } from './useCanvasShortcuts';
import { TracePacket } from './trace/TracePacket';
import { useTraceCanvasClass } from './trace/useTraceView';
import { openNodeMenu, pickClickedNode } from '../panels/trace/nodeMenu';
import type { InitialFlow } from './useDocumentFlow';
import { useDocumentFlow } from './useDocumentFlow';

// Module scope: React Flow re-mounts every node when these objects change (xyflow error002).
const nodeTypes: NodeTypes = { leaf: LeafNode, container: ContainerNode };
const edgeTypes: EdgeTypes = Object.fromEntries(EDGE_KINDS.map((k) => [k, KindEdge]));
const SNAP_GRID: [number, number] = [GRID_SIZE, GRID_SIZE];
const PAN_BUTTONS = [1, 2];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_OPTIONS = { padding: 0.12, duration: 250, maxZoom: 1.25 } as const;
const INSTANT_FIT = { padding: FIT_OPTIONS.padding, maxZoom: FIT_OPTIONS.maxZoom } as const;
const FOCUS_OPTIONS = { padding: 0.5, duration: 300, maxZoom: 1.25 } as const;

/** Internal React Flow drags transfer this type; palette drags use KIND_MIME, files 'Files'. */
function acceptsDrop(types: readonly string[]): boolean {
  return types.includes(KIND_MIME) || types.includes('Files');
}

function clientPoint(event: MouseEvent | TouchEvent | ReactMouseEvent): Point | null {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0] ?? event.touches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : null;
}

const isValidConnection: IsValidConnection<FlowEdge> = (c) => c.source !== c.target;

function commitConnection(source: string, target: string) {
  if (source === target) return;
  editorStore.getState().commit((doc) => connect(doc, { source, target }).doc);
}

function onConnect(c: Connection) {
  commitConnection(c.source, c.target);
}

const onConnectStart: OnConnectStart = (_event, { nodeId }) => {
  canvasUiStore.getState().setConnectingFrom(nodeId);
};

/** draw.io lets a connection end anywhere on the target shape, not only on a handle. */
function onConnectEnd(event: MouseEvent | TouchEvent, state: FinalConnectionState) {
  canvasUiStore.getState().setConnectingFrom(null);
  if (state.isValid || !state.fromNode) return;
  const p = clientPoint(event);
  if (!p) return;
  const el = document.elementFromPoint(p.x, p.y)?.closest<HTMLElement>('.react-flow__node');
  const target = el?.dataset.id;
  if (target && nodeById(editorStore.getState().doc, target))
    commitConnection(state.fromNode.id, target);
}

function onEdgesChange(changes: EdgeChange<FlowEdge>[]) {
  const { selection, select } = editorStore.getState();
  const edges = selectionAfter(selection.edges, changes);
  if (edges !== selection.edges) select({ nodes: selection.nodes, edges });
}

function preventContextMenu(e: { preventDefault(): void }) {
  e.preventDefault();
}

function toggleSnap() {
  const { snapToGrid, setSnapToGrid } = canvasUiStore.getState();
  setSnapToGrid(!snapToGrid);
}

function CanvasFlow({ initial }: { initial: InitialFlow }) {
  const isEmpty = useEditor((s) => s.doc.nodes.length === 0);
  const fitRequest = useEditor((s) => s.fitRequest);
  const focusRequest = useEditor((s) => s.focusRequest);
  const snapToGrid = useCanvasUi((s) => s.snapToGrid);
  const t = useT();
  const traceClass = useTraceCanvasClass();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  // before <ReactFlow> first renders its nodes (trustedSizes.ts); once per store
  trustGivenSizes(flowStore);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const { nodes, edges, changeNodes, whenCaughtUp } = useDocumentFlow(initial, wrapperRef);

  useEffect(() => {
    registerFlow(flow, wrapperRef.current);
    return () => registerFlow(null, null);
  }, [flow]);

  // A fit already requested when the canvas mounts (a restored autosave) is instant:
  // the diagram appears in place instead of animating 1,000 nodes from the origin.
  const fitAtMount = useRef(fitRequest);
  useEffect(() => {
    if (fitRequest <= 0) return;
    const atMount = fitRequest === fitAtMount.current;
    // The request usually comes with a new document (layout, open) whose nodes reach
    // React Flow later (in slices, then one render on), so fitting now would frame the
    // old bounds. After a change large enough to go out in slices, or on a large
    // canvas, the fit is instant: each frame of an animated one repaints every node.
    return whenCaughtUp((afterSlices) => {
      const { nodeLookup, width, height, minZoom } = flowStore.getState();
      if (atMount || afterSlices || nodeLookup.size > ANIMATED_FIT_MAX_NODES) {
        const area = { width, height, minZoom, maxZoom: INSTANT_FIT.maxZoom };
        const viewport = viewportToFit(nodeLookup, area, INSTANT_FIT.padding);
        void (viewport ? flow.setViewport(viewport) : flow.fitView(INSTANT_FIT));
      } else void flow.fitView(FIT_OPTIONS);
    });
  }, [fitRequest, flow, flowStore, whenCaughtUp]);

  useEffect(() => {
    const ids = editorStore.getState().focusNodes;
    if (focusRequest > 0 && ids.length > 0)
      void flow.fitView({ ...FOCUS_OPTIONS, nodes: ids.map((id) => ({ id })) });
  }, [focusRequest, flow]);

  useCanvasShortcuts();

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      // Removal and addition go through commands; React Flow never deletes on its own here.
      const local = changes.filter(
        (c) => c.type !== 'remove' && c.type !== 'add' && c.type !== 'replace',
      );
      const resized = new Set(local.flatMap((c) => (c.type === 'dimensions' ? [c.id] : [])));
      if (local.length > 0)
        changeNodes((nds) => withResizedHandles(applyNodeChanges(local, nds), resized));
      const { selection: current, select } = editorStore.getState();
      const selected = selectionAfter(current.nodes, changes);
      if (selected !== current.nodes) select({ nodes: selected, edges: current.edges });
    },
    [changeNodes],
  );

  // --- dragging nodes: highlight the container under the pointer, nest on drop ---
  const drag = useRef<{ ids: string[]; pointer: Point | null; frame: number }>({
    ids: [],
    pointer: null,
    frame: 0,
  });

  const updateDropTarget = useCallback(() => {
    drag.current.frame = 0;
    const { pointer, ids } = drag.current;
    if (!pointer) return;
    const point = flow.screenToFlowPosition(pointer);
    canvasUiStore.getState().setDropTarget(dropParentAt(editorStore.getState().doc, point, ids));
  }, [flow]);

  const trackPointer = useCallback(
    (event: MouseEvent | TouchEvent | ReactMouseEvent, ids: string[]) => {
      const state = drag.current;
      state.ids = ids;
      state.pointer = clientPoint(event);
      if (!state.frame) state.frame = requestAnimationFrame(updateDropTarget);
    },
    [updateDropTarget],
  );

  const endDrag = useCallback(
    (event: MouseEvent | TouchEvent | ReactMouseEvent, dragged: FlowNode[]) => {
      cancelAnimationFrame(drag.current.frame);
      drag.current = { ids: [], pointer: null, frame: 0 };
      canvasUiStore.getState().setDropTarget(null);
      const pointer = clientPoint(event);
      if (!pointer || dragged.length === 0) return;
      const ids = dragged.map((n) => n.id);
      const { doc: current, commit } = editorStore.getState();
      const target = dropParentAt(current, flow.screenToFlowPosition(pointer), ids);
      const moves = nestingMoves(
        current,
        dragged.map((n) => ({ id: n.id, position: n.position })),
        target,
      );
      if (moves.length > 0) commit((d) => moveNodes(d, moves));
    },
    [flow],
  );

  const onNodeDrag = useCallback<OnNodeDrag<FlowNode>>(
    (event, _node, dragged) =>
      trackPointer(
        event,
        dragged.map((n) => n.id),
      ),
    [trackPointer],
  );
  const onNodeDragStop = useCallback<OnNodeDrag<FlowNode>>(
    (event, _node, dragged) => endDrag(event, dragged),
    [endDrag],
  );
  const onSelectionDrag = useCallback<SelectionDragHandler<FlowNode>>(
    (event, dragged) =>
      trackPointer(
        event,
        dragged.map((n) => n.id),
      ),
    [trackPointer],
  );
  const onSelectionDragStop = useCallback<SelectionDragHandler<FlowNode>>(
    (event, dragged) => endDrag(event, dragged),
    [endDrag],
  );

  // --- HTML drag and drop: services from the palette, diagram files from the desktop ---
  const onDragOver = useCallback(
    (event: ReactDragEvent) => {
      if (!acceptsDrop(event.dataTransfer.types)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = event.dataTransfer.effectAllowed === 'move' ? 'move' : 'copy';
      if (event.dataTransfer.types.includes(KIND_MIME)) trackPointer(event, []);
    },
    [trackPointer],
  );

  const onDragLeave = useCallback((event: ReactDragEvent) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    cancelAnimationFrame(drag.current.frame);
    drag.current.frame = 0;
    canvasUiStore.getState().setDropTarget(null);
  }, []);

  const onDrop = useCallback(
    (event: ReactDragEvent) => {
      if (!acceptsDrop(event.dataTransfer.types)) return;
      event.preventDefault();
      cancelAnimationFrame(drag.current.frame);
      drag.current = { ids: [], pointer: null, frame: 0 };
      canvasUiStore.getState().setDropTarget(null);
      const kind = event.dataTransfer.getData(KIND_MIME);
      if (isKindId(kind)) {
        addKindAt(kind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        return;
      }
      const files = [...event.dataTransfer.files];
      if (files.length > 0) void openDocumentFiles(files, { confirmReplace: true });
    },
    [flow],
  );

  return (
    <div
      className={`asp-canvas${traceClass}`}
      data-testid="canvas"
      ref={wrapperRef}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onSelectionDrag={onSelectionDrag}
        onSelectionDragStop={onSelectionDragStop}
        onPaneContextMenu={preventContextMenu}
        onNodeContextMenu={openNodeMenu}
        onNodeClick={pickClickedNode}
        connectionMode={ConnectionMode.Loose}
        connectionLineType={ConnectionLineType.SmoothStep}
        connectionRadius={28}
        deleteKeyCode={null}
        selectionKeyCode={null}
        selectionOnDrag
        selectionMode={SelectionMode.Full}
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        minZoom={0.05}
        maxZoom={2.5}
        attributionPosition="top-right"
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.2} color="#c5cbd3" />
        <Controls
          position="bottom-center"
          orientation="horizontal"
          showInteractive={false}
          fitViewOptions={FIT_OPTIONS}
        >
          <ControlButton
            onClick={toggleSnap}
            className={snapToGrid ? 'asp-snap is-on' : 'asp-snap'}
            title={snapToGrid ? t('canvas.snap.off') : t('canvas.snap.on')}
            aria-label={snapToGrid ? t('canvas.snap.off') : t('canvas.snap.on')}
            aria-pressed={snapToGrid}
            data-testid="snap-toggle"
          >
            <svg viewBox="0 0 16 16" width={14} height={14} aria-hidden="true">
              {[3, 8, 13].flatMap((x) =>
                [3, 8, 13].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.4} />),
              )}
            </svg>
          </ControlButton>
        </Controls>
        <Overview ariaLabel={t('canvas.minimap')} />
        <EdgeLegend />
        <ViewportPortal>
          <EdgeMarkers />
          <TracePacket />
        </ViewportPortal>
      </ReactFlow>
      {isEmpty && (
        <div className="asp-canvas__empty" data-testid="canvas-empty">
          {t('canvas.empty')}
        </div>
      )}
    </div>
  );
}

export function Canvas() {
  // Given to the provider, React Flow's store holds the nodes from the first render, as
  // it does when <ReactFlow> makes its own store; without them the nodes would wait for
  // a second render after the first paint of an empty canvas.
  const [initial] = useState((): InitialFlow => {
    const { doc, selection } = editorStore.getState();
    return { nodes: toFlowNodes([], doc, selection), edges: toFlowEdges([], doc, selection) };
  });
  return (
    <ReactFlowProvider initialNodes={initial.nodes} initialEdges={initial.edges}>
      <CanvasFlow initial={initial} />
    </ReactFlowProvider>
  );
}
