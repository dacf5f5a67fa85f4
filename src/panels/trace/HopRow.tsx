/**
 * One hop of the answer: its number, the layer that checked it, the verdict (icon and
 * word, not colour alone), the code's title, the node and the message. "Why?" opens the
 * code's explanation with the AWS page behind it. A blocked hop shows its deciding rule
 * rows at once; an allowed one inside "Why?". Clicking the hop steps the canvas to it.
 */
import { pick } from '../../i18n';
import type { TraceHop } from '../../domain/trace';
import { traceCodeInfo } from '../../domain/trace/codes';
import { useEditor } from '../../store/editorStore';
import { traceStore } from '../../store/trace';
import { useLang, useT } from '../useT';
import { RuleRowsTable } from './RuleRowsTable';
import { nodeNameOf } from './traceModel';

export const VERDICT_ICON = { allow: '✓', deny: '✕', inspect: '◉' } as const;

export function HopRow({
  hop,
  index,
  current,
}: {
  hop: TraceHop;
  index: number;
  current: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const doc = useEditor((s) => s.doc);
  const info = traceCodeInfo(hop.code);
  const title = pick(lang, info.title);
  const decidingName =
    hop.deciding &&
    (nodeNameOf(doc, hop.deciding.type === 'nacl' ? hop.deciding.nacl : hop.deciding.sg) ??
      hop.node);
  const rules = hop.deciding && decidingName !== undefined && (
    <RuleRowsTable deciding={hop.deciding} name={decidingName} />
  );
  return (
    <li
      className={`asp-trace-hop asp-trace-hop--${hop.verdict}${current ? ' is-current' : ''}`}
      data-testid="trace-hop"
      data-verdict={hop.verdict}
      data-code={hop.code}
      aria-current={current ? 'step' : undefined}
    >
      <button
        type="button"
        className="asp-trace-hop__head"
        data-testid="trace-hop-step"
        title={t('trace.hop.stepTo', { n: index + 1, title })}
        onClick={() => traceStore.getState().setStep(index)}
      >
        <span className="asp-trace-hop__number">{index + 1}</span>
        <span className={`asp-trace-hop__verdict asp-trace-hop__verdict--${hop.verdict}`}>
          <span aria-hidden="true">{VERDICT_ICON[hop.verdict]}</span>{' '}
          {t(`trace.verdict.${hop.verdict}`)}
        </span>
        <span className="asp-trace-hop__check">{t(`trace.check.${hop.check}`)}</span>
        <span className="asp-trace-hop__title" data-testid="trace-hop-title">
          {title}
        </span>
      </button>
      <p className="asp-trace-hop__message" data-testid="trace-hop-message">
        {pick(lang, hop.message)}
      </p>
      {hop.verdict === 'deny' && rules}
      <details className="asp-trace-hop__why">
        <summary>{t('trace.hop.why')}</summary>
        <p data-testid="trace-hop-explanation">{pick(lang, info.explanation)}</p>
        <a href={info.source} target="_blank" rel="noopener noreferrer">
          {t('trace.hop.source')}
        </a>
        {hop.verdict !== 'deny' && rules}
      </details>
    </li>
  );
}
