/**
 * The overview map: every node as a small rectangle and the visible part of the canvas,
 * drawn on a 2D canvas. React Flow's MiniMap draws an SVG element per node with its own
 * store subscription, which cost every frame of a 500-node auto layout 8–10 ms of script
 * and painting (docs/decisions.md, Canvas). This one reads React Flow's store when it
 * changes and redraws at most once a frame, in about a millisecond.
 *
 * Drag the view rectangle to pan (a press outside it first centres the view there); the
 * wheel zooms around the centre of the canvas.
 */
import { useEffect, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { Panel, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../flowTypes';
import { boundsOf, contains } from '../../domain/document/geometry';
import type { Rect } from '../../domain/document/geometry';
import type { OverviewFrame } from './overviewFrame';
import { centredOn, overviewFrame, toFlow, toMap, visibleRect } from './overviewFrame';

type FlowState = ReactFlowState<FlowNode, FlowEdge>;

const WIDTH = 200;
const HEIGHT = 150;
const COLORS = {
  background: '#fff',
  container: 'rgba(35, 47, 62, 0.12)',
  containerLine: 'rgba(35, 47, 62, 0.3)',
  leaf: '#ff9900',
  mask: 'rgba(240, 242, 245, 0.7)',
  view: 'rgba(35, 47, 62, 0.55)',
};

/** The visible nodes' rectangles, in flow coordinates; parents before their children. */
function nodeRects(state: FlowState): { containers: Rect[]; leaves: Rect[] } {
  const containers: Rect[] = [];
  const leaves: Rect[] = [];
  for (const node of state.nodeLookup.values()) {
    const { width, height } = node.measured;
    if (node.hidden || !width || !height) continue;
    const { x, y } = node.internals.positionAbsolute;
    (node.type === 'container' ? containers : leaves).push({ x, y, width, height });
  }
  return { containers, leaves };
}

/** The frame of the map for the store's nodes and viewport, with the node rectangles. */
function frameOf(state: FlowState) {
  const rects = nodeRects(state);
  const view = visibleRect(state.transform, state.width, state.height);
  const content = boundsOf([...rects.containers, ...rects.leaves, view]) ?? view;
  return { frame: overviewFrame(content, WIDTH, HEIGHT), view, rects };
}

/** Adds the map rectangles of `rects` to the current path. */
function addRects(ctx: CanvasRenderingContext2D, frame: OverviewFrame, rects: Rect[]) {
  for (const r of rects) {
    const p = toMap(frame, r);
    ctx.rect(p.x, p.y, r.width / frame.scale, r.height / frame.scale);
  }
}

/** The map, in a handful of canvas calls: one path per colour. */
function draw(canvas: HTMLCanvasElement, state: FlowState) {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== WIDTH * ratio) {
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  if (state.width === 0 || state.height === 0) return;
  const { frame, view, rects } = frameOf(state);
  ctx.lineWidth = 1;
  ctx.beginPath();
  addRects(ctx, frame, rects.containers);
  ctx.fillStyle = COLORS.container;
  ctx.fill();
  ctx.strokeStyle = COLORS.containerLine;
  ctx.stroke();
  // services on top of the containers they sit in
  ctx.beginPath();
  addRects(ctx, frame, rects.leaves);
  ctx.fillStyle = COLORS.leaf;
  ctx.fill();
  // everything but the view is veiled; the view is outlined
  ctx.beginPath();
  ctx.rect(0, 0, WIDTH, HEIGHT);
  addRects(ctx, frame, [view]);
  ctx.fillStyle = COLORS.mask;
  ctx.fill('evenodd');
  ctx.beginPath();
  addRects(ctx, frame, [view]);
  ctx.strokeStyle = COLORS.view;
  ctx.stroke();
}

/** What the map shows: it is redrawn only when one of these changed. */
function drawnFrom(state: FlowState): unknown[] {
  return [state.nodes, ...state.transform, state.width, state.height];
}

export function Overview({ ariaLabel }: { ariaLabel: string }) {
  const store = useStoreApi<FlowNode, FlowEdge>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  /** While the pointer drags: the map's frame when it was pressed, and where it anchors the view. */
  const drag = useRef<{ frame: OverviewFrame; origin: { x: number; y: number } } | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let frame = 0;
    let drawn: unknown[] = [];
    const redraw = () => {
      frame = 0;
      const state = store.getState();
      const now = drawnFrom(state);
      if (now.length === drawn.length && now.every((v, i) => v === drawn[i])) return;
      drawn = now;
      draw(canvas, state);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(redraw);
    };
    schedule();
    const unsubscribe = store.subscribe(schedule);
    // The wheel zooms the canvas, not the page: a passive React listener could not stop it.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { panZoom, transform } = store.getState();
      const step = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      void panZoom?.scaleTo(transform[2] * Math.pow(2, -event.deltaY * step));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      canvas.removeEventListener('wheel', onWheel);
    };
  }, [store]);

  const pointOf = (event: ReactPointerEvent) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  const moveView = (to: { x: number; y: number; zoom: number }) => {
    const { panZoom, width, height, translateExtent } = store.getState();
    void panZoom?.setViewportConstrained(
      to,
      [
        [0, 0],
        [width, height],
      ],
      translateExtent,
    );
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    const state = store.getState();
    const { frame, view } = frameOf(state);
    const pressed = pointOf(event);
    const at = toFlow(frame, pressed);
    const inView = contains(view, at);
    const zoom = state.transform[2];
    const start = inView
      ? { x: state.transform[0], y: state.transform[1] }
      : centredOn(at, zoom, state.width, state.height);
    if (!inView) moveView({ ...start, zoom });
    // The frame stays as it was pressed while dragging, and the view follows the pointer:
    // a pointer at map point p puts the viewport at `origin - p · scale · zoom`.
    const perPixel = frame.scale * zoom;
    drag.current = {
      frame,
      origin: { x: start.x + pressed.x * perPixel, y: start.y + pressed.y * perPixel },
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const current = drag.current;
    if (!current) return;
    const p = pointOf(event);
    const zoom = store.getState().transform[2];
    moveView({
      x: current.origin.x - p.x * current.frame.scale * zoom,
      y: current.origin.y - p.y * current.frame.scale * zoom,
      zoom,
    });
  };

  const endDrag = () => {
    drag.current = null;
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap asp-overview">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={ariaLabel}
        data-testid="overview"
        style={{ width: WIDTH, height: HEIGHT, display: 'block', cursor: 'grab' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      />
    </Panel>
  );
}
