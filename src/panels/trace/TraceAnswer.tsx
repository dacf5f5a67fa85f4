/**
 * The answer to the question: a headline (reachable, or blocked at which layer and
 * why), the path by node names, the threat's outcome, the Fix of the block, the step
 * controls and the hop list. The headline sits in a live region, so a screen reader
 * hears the new answer after a run or a fix.
 */
import { useEffect, useMemo, useRef } from 'react';
import { pick } from '../../i18n';
import type { Lang } from '../../i18n';
import type { Diagram } from '../../domain/document/types';
import type { ThreatOutcome, TraceResult } from '../../domain/trace';
import { traceCodeInfo } from '../../domain/trace/codes';
import { useEditor } from '../../store/editorStore';
import { traceStore, useTrace } from '../../store/trace';
import type { Translate } from '../useT';
import { useLang, useT } from '../useT';
import { HopList } from './HopList';
import { applyTraceFix, traceFixOf } from './traceActions';
import { nodeNameOf } from './traceModel';

const store = () => traceStore.getState();

/**
 * Scrolls the element to the top of its scrolling panel. Not `scrollIntoView`, which
 * also scrolls the app shell's `overflow: hidden` boxes and shifts the whole layout.
 */
function scrollToTop(el: HTMLElement) {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll') continue;
    p.scrollTop += el.getBoundingClientRect().top - p.getBoundingClientRect().top;
    return;
  }
}

function useNameOf(): (id: string) => string {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  return (id) => nodeNameOf(doc, id) ?? t('trace.form.internet');
}

function headline(t: Translate, result: TraceResult, name: (id: string) => string, lang: Lang) {
  if (!result.blocked) return t('trace.answer.reachable');
  return t('trace.answer.blocked', {
    node: name(result.blocked.node),
    title: pick(lang, traceCodeInfo(result.blocked.code).title),
  });
}

function ThreatView({ threat }: { threat: ThreatOutcome }) {
  const t = useT();
  const lang = useLang();
  const name = useNameOf();
  const by = threat.stoppedBy;
  return (
    <section
      className={`asp-trace__threat is-${threat.outcome}`}
      data-testid="trace-threat-outcome"
      data-outcome={threat.outcome}
    >
      <h3 className="asp-trace__subtitle">
        {t('trace.threat.title', { threat: t(`trace.threat.${threat.kind}`) })}
      </h3>
      <p className="asp-trace__threat-outcome">
        {by
          ? t('trace.threat.stopped', {
              node: name(by.node),
              title: pick(lang, traceCodeInfo(by.code).title),
            })
          : t(
              `trace.threat.${threat.outcome === 'blocked-before' ? 'blockedBefore' : 'notStopped'}`,
            )}
      </p>
      <p>{pick(lang, threat.message)}</p>
      {threat.detectedBy.length > 0 && (
        <>
          <h4 className="asp-trace__subtitle">{t('trace.threat.detectors')}</h4>
          <ul className="asp-trace__detectors">
            {threat.detectedBy.map((d) => (
              <li key={`${d.node}-${d.code}`}>
                {name(d.node)}: {pick(lang, traceCodeInfo(d.code).title)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FixButton({ doc, result }: { doc: Diagram; result: TraceResult }) {
  const t = useT();
  const lang = useLang();
  const fix = useMemo(() => traceFixOf(doc, result), [doc, result]);
  if (!fix) return null;
  return (
    <button
      type="button"
      className="asp-button asp-trace__fix"
      data-testid="trace-fix"
      onClick={() => applyTraceFix()}
    >
      {t('trace.answer.fix', { label: pick(lang, fix.label) })}
    </button>
  );
}

/**
 * Prev and Next stay focusable at the ends (aria-disabled, and `setStep` clamps): a
 * disabled button would drop the keyboard focus out of the panel and its arrow keys.
 */
function StepControls({ hops }: { hops: number }) {
  const t = useT();
  const step = useTrace((s) => s.step);
  return (
    <div className="asp-trace__steps" role="group" aria-label={t('trace.step.group')}>
      <button
        type="button"
        className="asp-button asp-button--small"
        data-testid="trace-prev"
        aria-disabled={step === 0}
        onClick={() => store().setStep(step === null ? hops - 1 : step - 1)}
      >
        {t('trace.step.prev')}
      </button>
      <button
        type="button"
        className="asp-button asp-button--small"
        data-testid="trace-next"
        aria-disabled={step === hops - 1}
        onClick={() => store().setStep(step === null ? 0 : step + 1)}
      >
        {t('trace.step.next')}
      </button>
      <button
        type="button"
        className="asp-button asp-button--small"
        data-testid="trace-replay"
        onClick={() => store().replay()}
      >
        {t('trace.step.replay')}
      </button>
      {step !== null && (
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="trace-whole"
          onClick={() => store().setStep(null)}
        >
          {t('trace.step.whole')}
        </button>
      )}
      <span className="asp-trace__step-count" data-testid="trace-step">
        {step === null ? '' : t('trace.step.of', { n: step + 1, total: hops })}
      </span>
    </div>
  );
}

export function TraceAnswer() {
  const t = useT();
  const lang = useLang();
  const doc = useEditor((s) => s.doc);
  const result = useTrace((s) => s.result);
  const error = useTrace((s) => s.error);
  const name = useNameOf();
  // A run answers below the form, out of sight in a short column: bring the headline up.
  const playRequest = useTrace((s) => s.playRequest);
  const live = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (playRequest > 0 && live.current) scrollToTop(live.current);
  }, [playRequest]);
  return (
    <div className="asp-trace__answer" data-testid="trace-answer">
      <div aria-live="polite" ref={live}>
        {error && (
          <p className="asp-trace__error" role="alert" data-testid="trace-error">
            {pick(lang, error)}
          </p>
        )}
        {result && (
          <p
            className={`asp-trace__headline is-${result.reachable ? 'reachable' : 'blocked'}`}
            data-testid="trace-headline"
            data-reachable={result.reachable}
          >
            <span aria-hidden="true">{result.reachable ? '✓' : '✕'}</span>{' '}
            {headline(t, result, name, lang)}
          </p>
        )}
      </div>
      {result && (
        <>
          {result.path.length > 0 && (
            <p className="asp-trace__path" data-testid="trace-path">
              <span className="asp-muted">{t('trace.answer.path')} </span>
              {result.path.map(name).join(' → ')}
            </p>
          )}
          {result.threat && <ThreatView threat={result.threat} />}
          <FixButton doc={doc} result={result} />
          <StepControls hops={result.hops.length} />
          <HopList hops={result.hops} />
        </>
      )}
    </div>
  );
}
