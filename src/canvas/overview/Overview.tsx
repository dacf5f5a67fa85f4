/**
 * The overview map: every node as a small rectangle and the visible part of the canvas,
 * drawn on a 2D canvas. React Flow's MiniMap draws an SVG element per node with its own
 * store subscription, which cost every frame of a 500-node auto layout 8–10 ms of script
 * and painting (docs/decisions.md, session 4). This one reads React Flow's store when it
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
import type { OverviewFrame, Rect } from './overviewFrame';
import { centredOn, overviewFrame, toFlow, toMap, unionOf, visibleRect } from './overviewFrame';

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

function* nodeRects(state: FlowState): Generator<Rect & { container: boolean }> {
  for (const node of state.nodeLookup.values()) {
    if (node.hidden || !node.measured.width || !node.measured.height) continue;
    const { x, y } = node.internals.positionAbsolute;
    const { width, height } = node.measured;
    yield { x, y, width, height, container: node.type === 'container' };
  }
}

/** The frame of the map for the store's current nodes and viewport. */
function frameOf(state: FlowState): { frame: OverviewFrame; view: Rect } {
  const view = visibleRect(state.transform, state.width, state.height);
  const content = unionOf([...nodeRects(state), view]) ?? view;
  return { frame: overviewFrame(content, WIDTH, HEIGHT), view };
}

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
  const { frame, view } = frameOf(state);
  const mapRect = (r: Rect) => {
    const p = toMap(frame, r);
    return [p.x, p.y, r.width / frame.scale, r.height / frame.scale] as const;
  };
  ctx.lineWidth = 1;
  ctx.strokeStyle = COLORS.containerLine;
  // parents come before their children in the lookup, so contents are drawn on top
  for (const r of nodeRects(state)) {
    ctx.fillStyle = r.container ? COLORS.container : COLORS.leaf;
    ctx.fillRect(...mapRect(r));
    if (r.container) ctx.strokeRect(...mapRect(r));
  }
  ctx.beginPath();
  ctx.rect(0, 0, WIDTH, HEIGHT);
  ctx.rect(...mapRect(view));
  ctx.fillStyle = COLORS.mask;
  ctx.fill('evenodd');
  ctx.strokeStyle = COLORS.view;
  ctx.strokeRect(...mapRect(view));
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
    const redraw = () => {
      frame = 0;
      draw(canvas, store.getState());
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
    const inView =
      at.x >= view.x &&
      at.x <= view.x + view.width &&
      at.y >= view.y &&
      at.y <= view.y + view.height;
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
