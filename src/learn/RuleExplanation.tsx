/**
 * One rule of a topic: its id and title, a mark when the learner has met its findings,
 * and on demand (a native disclosure, keyboard
 * usable as is) the same "why it matters", fix and AWS source the findings panel shows.
 */
import { RULES_BY_ID } from '../domain/rules/registry';
import { pick } from '../i18n';
import { useLang, useT } from '../panels/useT';
import { useProgress } from './progress';

export function RuleExplanation({ ruleId }: { ruleId: string }) {
  const t = useT();
  const lang = useLang();
  const meta = RULES_BY_ID.get(ruleId)?.meta;
  const met = useProgress((s) => s.rulesMet.includes(ruleId));
  if (!meta) return null;
  return (
    <li className="asp-learn__rule" data-testid={`learn-rule-${ruleId}`}>
      <details>
        <summary title={t('learn.ruleDetails', { rule: ruleId })}>
          <span className="asp-finding__id">{ruleId}</span> {pick(lang, meta.title)}
          {met && (
            <span
              className="asp-preset-tag asp-learn__met"
              title={t('learn.ruleMetTitle')}
              data-testid="learn-rule-met"
            >
              {t('learn.ruleMet')}
            </span>
          )}
        </summary>
        <h5 className="asp-finding__label">{t('findings.why')}</h5>
        <p data-testid="learn-rule-why">{pick(lang, meta.why)}</p>
        <h5 className="asp-finding__label">{t('findings.fixText')}</h5>
        <p>{pick(lang, meta.fix)}</p>
        <a
          className="asp-finding__source"
          href={meta.source}
          target="_blank"
          rel="noopener noreferrer"
          title={t('findings.source.title')}
        >
          {t('findings.source')} ↗
        </a>
      </details>
    </li>
  );
}
