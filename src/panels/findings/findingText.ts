/** Counting words for the findings UI: "1 error", "2 warnings", "エラー 2 件". */
import type { Lang } from '../../i18n';
import type { SeverityCounts } from '../../domain/rules/engine';
import type { Severity } from '../../domain/rules/types';
import { SEVERITIES } from '../../domain/rules/types';
import type { Translate } from '../useT';

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralOf(lang: Lang, count: number): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

export function countText(t: Translate, lang: Lang, severity: Severity, count: number): string {
  return t(`findings.count.${severity}.${pluralOf(lang, count)}`, { count });
}

/** "2 errors · 3 warnings": the severities that have findings, most severe first. */
export function countsText(t: Translate, lang: Lang, counts: SeverityCounts): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => countText(t, lang, s, counts[s]))
    .join(' · ');
}
