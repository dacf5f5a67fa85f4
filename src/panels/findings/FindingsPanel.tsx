/**
 * The findings panel under the inspector: counted findings grouped by severity, with a
 * filter by severity and by rule; accepted findings apart, in a closed section.
 */
import { useState } from 'react';
import { findingKey } from '../../domain/rules/engine';
import type { Finding, Severity } from '../../domain/rules/types';
import { SEVERITIES } from '../../domain/rules/types';
import { useFindings } from '../../store/findings';
import { useLang, useT } from '../useT';
import { AcceptedList } from './AcceptedList';
import { FindingItem } from './FindingItem';
import { countText } from './findingText';
import './findings.css';

/** The toolbar summary moves the keyboard focus here. */
export const FINDINGS_PANEL_ID = 'asp-findings-panel';

/** Rows first rendered per group; the rest on request (a 1,000-node diagram has hundreds). */
export const GROUP_PAGE = 50;

type SeverityFilter = Severity | 'all';

function FindingGroup({ severity, findings }: { severity: Severity; findings: Finding[] }) {
  const t = useT();
  const lang = useLang();
  const [shown, setShown] = useState(GROUP_PAGE);
  if (findings.length === 0) return null;
  const rest = findings.length - shown;
  return (
    <section
      className={`asp-findings__group asp-findings__group--${severity}`}
      data-testid={`findings-group-${severity}`}
      aria-label={countText(t, lang, severity, findings.length)}
    >
      <h3 className="asp-findings__group-title">
        {t(`findings.group.${severity}`)}{' '}
        <span className="asp-findings__count" data-testid={`findings-count-${severity}`}>
          {findings.length}
        </span>
      </h3>
      <ul className="asp-findings__list">
        {findings.slice(0, shown).map((f) => (
          <FindingItem key={findingKey(f)} finding={f} />
        ))}
      </ul>
      {rest > 0 && (
        <button
          type="button"
          className="asp-button asp-button--small asp-findings__more"
          onClick={() => setShown((n) => n + GROUP_PAGE)}
        >
          {t('findings.more', { count: Math.min(rest, GROUP_PAGE) })}
        </button>
      )}
    </section>
  );
}

function Filters({
  findings,
  severity,
  rule,
  onSeverity,
  onRule,
}: {
  findings: readonly Finding[];
  severity: SeverityFilter;
  rule: string;
  onSeverity: (s: SeverityFilter) => void;
  onRule: (r: string) => void;
}) {
  const t = useT();
  const counts = useFindings((s) => s.counts);
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const options: SeverityFilter[] = ['all', ...SEVERITIES];
  return (
    <div className="asp-findings__filters">
      <div
        className="asp-findings__severity"
        role="group"
        aria-label={t('findings.filter.severity')}
      >
        {options.map((s) => (
          <button
            key={s}
            type="button"
            className={`asp-findings__chip${severity === s ? ' is-on' : ''}`}
            aria-pressed={severity === s}
            data-testid={`findings-filter-${s}`}
            onClick={() => onSeverity(s)}
          >
            {s === 'all' ? t('findings.filter.all') : `${t(`findings.group.${s}`)} ${counts[s]}`}
          </button>
        ))}
      </div>
      <label className="asp-findings__rule">
        <span>{t('findings.filter.rule')}</span>
        <select
          className="asp-input"
          value={rule}
          data-testid="findings-filter-rule"
          onChange={(e) => onRule(e.target.value)}
        >
          <option value="">{t('findings.filter.allRules')}</option>
          {rules.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
          {rule && !rules.includes(rule) && <option value={rule}>{rule}</option>}
        </select>
      </label>
    </div>
  );
}

function FindingsBody() {
  const t = useT();
  const findings = useFindings((s) => s.findings);
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [rule, setRule] = useState('');
  if (findings.length === 0)
    return (
      <p className="asp-findings__note" data-testid="findings-none">
        {t('findings.none')}
      </p>
    );
  const matching = findings.filter(
    (f) => (severity === 'all' || f.severity === severity) && (!rule || f.rule === rule),
  );
  return (
    <>
      <Filters
        findings={findings}
        severity={severity}
        rule={rule}
        onSeverity={setSeverity}
        onRule={setRule}
      />
      {matching.length === 0 ? (
        <p className="asp-findings__note" data-testid="findings-none-match">
          {t('findings.noneMatch')}
        </p>
      ) : (
        SEVERITIES.map((s) => (
          <FindingGroup key={s} severity={s} findings={matching.filter((f) => f.severity === s)} />
        ))
      )}
    </>
  );
}

export function FindingsPanel() {
  const t = useT();
  const hidden = useFindings((s) => s.hidden);
  return (
    <aside
      id={FINDINGS_PANEL_ID}
      className="asp-findings"
      data-testid="findings-panel"
      aria-labelledby={`${FINDINGS_PANEL_ID}-title`}
      tabIndex={-1}
    >
      <h2 id={`${FINDINGS_PANEL_ID}-title`} className="asp-panel-title">
        {t('findings.title')}
      </h2>
      {hidden ? (
        <p className="asp-findings__note" data-testid="findings-hidden">
          {t('findings.hidden')}
        </p>
      ) : (
        <>
          <FindingsBody />
          <AcceptedList />
        </>
      )}
    </aside>
  );
}
