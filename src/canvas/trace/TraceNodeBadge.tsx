/**
 * The trace's marks on one node: a numbered badge per verdict of the hops that belong
 * to it (✓ allowed, ✕ blocked, ◉ inspected; the stepped hop emphasised) and, while the
 * exposure map is shown, the node's open ports or "entry". Icon, numbers and a title
 * say the verdict, not the colour alone. Nodes the trace does not touch render nothing.
 */
import { memo } from 'react';
import { pick } from '../../i18n';
import type { ExposedNode } from '../../domain/trace';
import { useLang, useT } from '../../panels/useT';
import type { HopBadge } from './traceView';
import { RISKY_PORTS } from '../../domain/trace';
import { useNodeTrace } from './useTraceView';
import './trace.css';

const VERDICT_ICON = { allow: '✓', deny: '✕', inspect: '◉' } as const;

function HopBadgeMark({ badge }: { badge: HopBadge }) {
  const t = useT();
  const numbers = badge.numbers.join(' · ');
  const text = t(`traceCanvas.hop.${badge.verdict}`, { hops: numbers });
  return (
    <span
      className={`asp-trace-badge asp-trace-badge--${badge.verdict}${badge.current ? ' is-current' : ''}`}
      data-testid="trace-hop-badge"
      data-verdict={badge.verdict}
      data-hops={badge.numbers.join(',')}
      role="img"
      aria-label={text}
      title={text}
    >
      <span aria-hidden="true">{VERDICT_ICON[badge.verdict]}</span>
      <span aria-hidden="true">{numbers}</span>
    </span>
  );
}

function ExposureMark({ exposed }: { exposed: ExposedNode }) {
  const t = useT();
  const lang = useLang();
  const risky = exposed.ports.filter((p) => RISKY_PORTS.has(p));
  const summary = exposed.entryPoint
    ? t('traceCanvas.exposure.entry')
    : risky.length > 0
      ? t('traceCanvas.exposure.risky', { ports: risky.join(', ') })
      : t('traceCanvas.exposure.ports', { ports: exposed.ports.join(', ') });
  const text = `${summary}\n${pick(lang, exposed.reason)}`;
  return (
    <span
      className={`asp-exposure-badge${risky.length > 0 ? ' is-risky' : ''}`}
      data-testid="exposure-badge"
      data-ports={exposed.ports.join(',')}
      data-entry={exposed.entryPoint || undefined}
      role="img"
      aria-label={text}
      title={text}
    >
      {exposed.entryPoint && <span>{t('traceCanvas.exposure.entryShort')}</span>}
      {exposed.ports.map((port, i) => (
        <span key={port} className={RISKY_PORTS.has(port) ? 'is-danger' : undefined}>
          {(i > 0 || exposed.entryPoint) && ' · '}
          {port}
        </span>
      ))}
    </span>
  );
}

function TraceNodeBadgeView({ nodeId }: { nodeId: string }) {
  const entry = useNodeTrace(nodeId);
  if (!entry || (entry.badges.length === 0 && !entry.exposure)) return null;
  return (
    <span className="asp-trace-marks" data-testid={`trace-marks-${nodeId}`}>
      {entry.badges.map((badge) => (
        <HopBadgeMark key={badge.verdict} badge={badge} />
      ))}
      {entry.exposure && <ExposureMark exposed={entry.exposure} />}
    </span>
  );
}

export const TraceNodeBadge = memo(TraceNodeBadgeView);
