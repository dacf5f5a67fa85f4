/**
 * One finding in the panel: its message (a click shows its nodes on the canvas), and
 * on demand the rule's explanation, the fix in words, the AWS source, the one-click
 * fix and "Accept…" with a reason.
 */
import { memo, useState } from 'react';
import { hasFix } from '../../domain/rules/engine';
import { RULES_BY_ID } from '../../domain/rules/registry';
import type { Finding } from '../../domain/rules/types';
import { pick } from '../../i18n';
import { useLang, useT } from '../useT';
import { AcceptForm } from './AcceptForm';
import { fixFinding, showFinding } from './findingActions';

function FindingDetails({ finding }: { finding: Finding }) {
  const t = useT();
  const lang = useLang();
  const meta = RULES_BY_ID.get(finding.rule)?.meta;
  const fix = finding.fix ?? meta?.fix;
  return (
    <div className="asp-finding__details" data-testid="finding-details">
      {meta && <p className="asp-finding__rule-title">{pick(lang, meta.title)}</p>}
      {meta && (
        <>
          <h4 className="asp-finding__label">{t('findings.why')}</h4>
          <p data-testid="finding-why">{pick(lang, meta.why)}</p>
        </>
      )}
      {fix && (
        <>
          <h4 className="asp-finding__label">{t('findings.fixText')}</h4>
          <p data-testid="finding-fix-text">{pick(lang, fix)}</p>
        </>
      )}
      {meta?.source && (
        <a
          className="asp-finding__source"
          href={meta.source}
          target="_blank"
          rel="noopener noreferrer"
          title={t('findings.source.title')}
          data-testid="finding-source"
        >
          {t('findings.source')} ↗
        </a>
      )}
    </div>
  );
}

function FindingItemView({ finding }: { finding: Finding }) {
  const t = useT();
  const lang = useLang();
  const [expanded, setExpanded] = useState(false);
  const [accepting, setAccepting] = useState(false);
  return (
    <li
      className={`asp-finding asp-finding--${finding.severity}`}
      data-testid={`finding-${finding.rule}`}
      data-rule={finding.rule}
      data-nodes={finding.nodes.join(' ')}
    >
      <div className="asp-finding__head">
        <button
          type="button"
          className="asp-finding__show"
          title={t('findings.show')}
          data-testid="finding-show"
          onClick={() => showFinding(finding)}
        >
          <span className="asp-finding__id">{finding.rule}</span>
          <span className="asp-finding__message">{pick(lang, finding.message)}</span>
        </button>
        <button
          type="button"
          className="asp-icon-button asp-finding__toggle"
          aria-expanded={expanded}
          aria-label={expanded ? t('findings.hideDetails') : t('findings.details')}
          title={expanded ? t('findings.hideDetails') : t('findings.details')}
          data-testid="finding-toggle"
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? '▾' : '▸'}
        </button>
      </div>
      {expanded && <FindingDetails finding={finding} />}
      <div className="asp-finding__actions">
        {hasFix(finding) && (
          <button
            type="button"
            className="asp-button asp-button--small"
            title={t('findings.fix.title')}
            data-testid="finding-fix"
            onClick={() => fixFinding(finding)}
          >
            {t('findings.fix')}
          </button>
        )}
        {!accepting && (
          <button
            type="button"
            className="asp-button asp-button--small"
            title={t('findings.accept.title')}
            data-testid="finding-accept"
            onClick={() => setAccepting(true)}
          >
            {t('findings.accept')}
          </button>
        )}
      </div>
      {accepting && <AcceptForm finding={finding} onDone={() => setAccepting(false)} />}
    </li>
  );
}

/** Rows keep their open/closed state across runs: the store hands back the same finding object. */
export const FindingItem = memo(FindingItemView);
