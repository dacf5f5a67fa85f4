/** The collapsible key to the edge kinds, bottom-left on the canvas. */
import { memo } from 'react';
import { Panel } from '@xyflow/react';
import { EDGE_KINDS } from '../../domain/document/types';
import type { EdgeKind } from '../../domain/document/types';
import type { MessageKey } from '../../i18n';
import { useT } from '../../panels/useT';
import { canvasUiStore, useCanvasUi } from '../canvasUi';
import { EDGE_STYLE, MARKER_URL } from './edgeStyles';

const EDGE_NAME_KEYS: Readonly<Record<EdgeKind, MessageKey>> = {
  traffic: 'canvas.edge.traffic',
  protects: 'canvas.edge.protects',
  monitors: 'canvas.edge.monitors',
  findings: 'canvas.edge.findings',
  notifies: 'canvas.edge.notifies',
  logs: 'canvas.edge.logs',
};

export function edgeKindName(kind: EdgeKind): MessageKey {
  return EDGE_NAME_KEYS[kind];
}

function toggleLegend() {
  const { legendOpen, setLegendOpen } = canvasUiStore.getState();
  setLegendOpen(!legendOpen);
}

function EdgeLegendView() {
  const t = useT();
  const open = useCanvasUi((s) => s.legendOpen);
  return (
    <Panel position="bottom-left" className="asp-legend" data-testid="edge-legend">
      <button
        type="button"
        className="asp-legend__toggle"
        aria-expanded={open}
        onClick={toggleLegend}
        title={open ? t('canvas.legend.hide') : t('canvas.legend.show')}
      >
        {t('canvas.legend.title')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <ul className="asp-legend__list">
          {EDGE_KINDS.map((kind) => (
            <li key={kind} data-testid={`legend-${kind}`}>
              <svg width={44} height={12} aria-hidden="true">
                <path
                  d="M 2 6 L 34 6"
                  style={EDGE_STYLE[kind]}
                  markerEnd={MARKER_URL[kind]}
                  fill="none"
                />
              </svg>
              <span>{t(EDGE_NAME_KEYS[kind])}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export const EdgeLegend = memo(EdgeLegendView);
