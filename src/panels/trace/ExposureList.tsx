/**
 * The exposure map as a list: what the internet reaches, riskiest first as the engine
 * sorts it, with the open ports as chips, the entry points marked and the reason.
 * Clicking a node's row focuses it on the canvas.
 */
import { pick } from '../../i18n';
import { RISKY_PORTS } from '../../domain/trace';
import { useEditor } from '../../store/editorStore';
import { traceStore, useTrace } from '../../store/trace';
import { useLang, useT } from '../useT';
import { focusNode } from './traceActions';
import { nodeNameOf } from './traceModel';

export function ExposureList() {
  const t = useT();
  const lang = useLang();
  const doc = useEditor((s) => s.doc);
  const exposure = useTrace((s) => s.exposure);
  if (!exposure)
    return (
      <button
        type="button"
        className="asp-button asp-trace__exposure-toggle"
        data-testid="trace-exposure-show"
        onClick={() => traceStore.getState().showExposure()}
      >
        {t('trace.exposure.show')}
      </button>
    );
  return (
    <section
      className="asp-trace__exposure"
      data-testid="trace-exposure"
      aria-labelledby="asp-trace-exposure-title"
    >
      <div className="asp-trace__section-head">
        <h3 id="asp-trace-exposure-title" className="asp-trace__subtitle">
          {t('trace.exposure.title')}
        </h3>
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="trace-exposure-hide"
          onClick={() => traceStore.getState().hideExposure()}
        >
          {t('trace.exposure.hide')}
        </button>
      </div>
      {exposure.nodes.length === 0 ? (
        <p className="asp-trace__note" data-testid="trace-exposure-none">
          {t('trace.exposure.none')}
        </p>
      ) : (
        <ul className="asp-trace__exposure-list">
          {exposure.nodes.map((n) => (
            <li key={n.node} data-testid="trace-exposure-item" data-node={n.node}>
              <button
                type="button"
                className="asp-trace__exposure-node"
                aria-label={t('trace.exposure.focus', { node: nodeNameOf(doc, n.node) ?? n.node })}
                onClick={() => focusNode(n.node)}
              >
                {nodeNameOf(doc, n.node) ?? n.node}
              </button>
              {n.entryPoint && (
                <span className="asp-trace__entry" data-testid="trace-exposure-entry">
                  {t('trace.exposure.entry')}
                </span>
              )}
              <span className="asp-trace__chips">
                {n.ports.map((p) => (
                  <span
                    key={p}
                    className={`asp-trace__port-chip${RISKY_PORTS.has(p) ? ' is-risky' : ''}`}
                  >
                    {p}
                  </span>
                ))}
              </span>
              <p className="asp-trace__reason">{pick(lang, n.reason)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
