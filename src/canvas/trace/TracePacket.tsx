/**
 * The packet of the trace, moving over the canvas: along the path for the request,
 * back for the response, or to the node that blocks it (then marked ✕). It is one
 * element in the viewport layer moved by the Web Animations API, so a frame costs no
 * React render. Its state is in `data-trace-packet` (request, response, done, blocked,
 * stopped, step). While a hop is stepped it rests at that hop's node; with reduced
 * motion it is shown at its final place at once. A replay request starts it again.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import { useTrace } from '../../store/trace';
import { useT } from '../../panels/useT';
import type { FlowEdge, FlowNode } from '../flowTypes';
import type { Point } from './packetRoute';
import { packetRoute, polylineOf } from './packetRoute';

/** Canvas units per second, and the bounds of one leg's duration. */
const SPEED = 420;
const MIN_MS = 600;
const MAX_MS = 4000;

export type PacketState = 'request' | 'response' | 'done' | 'blocked' | 'stopped' | 'step';

const at = (p: Point) => `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)`;

function TracePacketView() {
  const result = useTrace((s) => (s.open ? s.result : null));
  const step = useTrace((s) => s.step);
  const playRequest = useTrace((s) => s.playRequest);
  const flow = useStoreApi<FlowNode, FlowEdge>();
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  // Kept about the same size on screen when zoomed out (a render per zoom change only).
  const scale = useStore((s) => 1 / Math.max(0.35, Math.min(1, s.transform[2])));

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !result) return;
    const centreOf = (id: string): Point | undefined => {
      const node = flow.getState().nodeLookup.get(id);
      if (!node) return undefined;
      const { x, y } = node.internals.positionAbsolute;
      return {
        x: x + (node.measured.width ?? node.width ?? 0) / 2,
        y: y + (node.measured.height ?? node.height ?? 0) / 2,
      };
    };
    const show = (state: PacketState, node: string | undefined) => {
      const point = node === undefined ? undefined : centreOf(node);
      el.dataset.tracePacket = state;
      el.hidden = !point;
      if (point) el.style.transform = at(point);
    };
    const route = packetRoute(result);
    const finish = () => {
      show(route.end, route.stopAt);
      const text = t(`traceCanvas.packet.${route.end}`);
      el.title = text;
      el.setAttribute('aria-label', text);
    };
    el.title = t('traceCanvas.packet.moving');
    el.setAttribute('aria-label', el.title);
    if (step !== null) {
      show('step', result.hops[step]?.at);
      return;
    }
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      finish();
      return;
    }
    let animation: Animation | undefined;
    let cancelled = false;
    const play = async () => {
      for (const phase of ['request', 'response'] as const) {
        const line = polylineOf(route[phase], centreOf);
        if (line.points.length < 2) continue;
        show(phase, route[phase][0]);
        animation = el.animate(
          line.points.map((p, i) => ({ transform: at(p), offset: line.offsets[i] })),
          {
            duration: Math.min(MAX_MS, Math.max(MIN_MS, (line.length / SPEED) * 1000)),
            easing: 'linear',
          },
        );
        try {
          await animation.finished;
        } catch {
          return; // cancelled by a newer run
        }
        if (cancelled) return;
      }
      finish();
    };
    void play();
    return () => {
      cancelled = true;
      animation?.cancel();
    };
  }, [result, step, playRequest, flow, t]);

  if (!result || result.path.length === 0) return null;
  return (
    <div
      ref={ref}
      className="asp-trace-packet"
      data-testid="trace-packet"
      role="img"
      style={{ '--asp-packet-scale': scale } as CSSProperties}
    />
  );
}

export const TracePacket = memo(TracePacketView);
