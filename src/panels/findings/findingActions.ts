/**
 * What the findings panel does to the editor: show a finding on the canvas, apply its
 * one-click fix, accept it with a reason, withdraw an acceptance. Each document change
 * is one `commit`, so one Ctrl+Z takes it back.
 */
import { applyAccept, removeAccept } from '../../domain/commands';
import { applyFix } from '../../domain/rules/engine';
import type { Finding } from '../../domain/rules/types';
import { translate } from '../../i18n';
import type { EditorStore } from '../../store/editorStore';
import { editorStore } from '../../store/editorStore';

/** Selects the finding's nodes that still exist and centres the view on them. */
export function showFinding(finding: Finding, store: EditorStore = editorStore): void {
  const { doc, focusOn } = store.getState();
  const ids = new Set(doc.nodes.map((n) => n.id));
  const nodes = [...new Set(finding.nodes)].filter((id) => ids.has(id));
  if (nodes.length > 0) focusOn(nodes);
}

/** Applies the rule's fix as one undo step; says so when the fix changed nothing. */
export function fixFinding(finding: Finding, store: EditorStore = editorStore): boolean {
  const before = store.getState().doc;
  store.getState().commit((doc) => applyFix(doc, finding));
  const { doc, lang, notify } = store.getState();
  if (doc !== before) return true;
  notify({ tone: 'warning', text: translate(lang, 'findings.fix.failed', { rule: finding.rule }) });
  return false;
}

/** The acceptance key of a finding: its rule and its first node (rules engine's meaning). */
export function acceptKeyOf(finding: Finding): { rule: string; node: string } {
  return { rule: finding.rule, node: finding.nodes[0] };
}

/** Accepts the finding with a reason (one undo step); a blank reason is refused. */
export function acceptFinding(
  finding: Finding,
  reason: string,
  store: EditorStore = editorStore,
): boolean {
  const text = reason.trim();
  if (!text) return false;
  store.getState().commit((doc) => applyAccept(doc, { ...acceptKeyOf(finding), reason: text }));
  return true;
}

export function unacceptFinding(finding: Finding, store: EditorStore = editorStore): void {
  removeAcceptance(acceptKeyOf(finding), store);
}

/** Withdraws an acceptance by its key (also one whose finding is gone), as one undo step. */
export function removeAcceptance(
  key: { rule: string; node: string },
  store: EditorStore = editorStore,
): void {
  store.getState().commit((doc) => removeAccept(doc, key));
}
