/**
 * "Rules met": the rules whose findings the validator has shown the learner, on any
 * diagram they are editing. Every shown state counts, but they are written together a
 * moment after the findings settle (a burst of edits writes once); nothing counts
 * while a challenge keeps its findings hidden: a rule the learner did not see is not met.
 */
import type { FindingsState, FindingsStore } from '../store/findings';
import type { ProgressStore } from './progress';

/** How long the findings must stay as they are before their rules are recorded. */
export const RULES_MET_DELAY_MS = 800;

function shownRules(s: FindingsState): string[] {
  if (s.hidden) return [];
  return [...s.findings, ...s.accepted].map((f) => f.rule);
}

/** Starts recording; returns a function that stops (and drops a pending record). */
export function followRulesMet(findings: FindingsStore, progress: ProgressStore): () => void {
  // Rules seen since the last record: a finding fixed before the delay ends was still seen.
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    timer = undefined;
    if (pending.size > 0) progress.getState().noteRules(pending);
    pending.clear();
  };
  const see = (s: FindingsState) => {
    const rules = shownRules(s);
    if (rules.length === 0) return;
    for (const rule of rules) pending.add(rule);
    clearTimeout(timer);
    timer = setTimeout(record, RULES_MET_DELAY_MS);
  };
  see(findings.getState());
  const stop = findings.subscribe((s, prev) => {
    if (s.findings !== prev.findings || s.accepted !== prev.accepted || s.hidden !== prev.hidden)
      see(s);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
