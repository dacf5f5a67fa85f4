/**
 * Accepted findings, closed by default: each with the user's reason and "Un-accept".
 * Below them, acceptances whose finding is gone (the problem was fixed): they are not
 * needed now and would silently accept the finding if it came back, so each says so
 * and offers "Remove" (as ESLint reports a disable comment that disables nothing).
 */
import type { AcceptedFinding } from '../../domain/document/types';
import { nodeById } from '../../canvas/docIndex';
import { findingKey } from '../../domain/rules/engine';
import { RULES_BY_ID } from '../../domain/rules/registry';
import { nodeRef } from '../../domain/rules/text';
import type { Finding } from '../../domain/rules/types';
import { pick } from '../../i18n';
import { useEditor } from '../../store/editorStore';
import { useFindings } from '../../store/findings';
import { useLang, useT } from '../useT';
import { removeAcceptance, unacceptFinding } from './findingActions';

function AcceptedReason({ reason }: { reason: string }) {
  const t = useT();
  if (!reason) return null;
  return (
    <p className="asp-finding__reason" data-testid="accepted-reason">
      {t('findings.accepted.reason', { reason })}
    </p>
  );
}

/** The one button under an entry: "Un-accept", or "Remove" for one no longer found. */
function ItemAction({
  testId,
  label,
  onClick,
}: {
  testId: string;
  label: string;
  onClick(): void;
}) {
  return (
    <div className="asp-finding__actions">
      <button
        type="button"
        className="asp-button asp-button--small"
        data-testid={testId}
        onClick={onClick}
      >
        {label}
      </button>
    </div>
  );
}

function AcceptedItem({ finding, reason }: { finding: Finding; reason: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className="asp-finding asp-finding--accepted" data-testid={`accepted-${finding.rule}`}>
      <p className="asp-finding__message">
        <span className="asp-finding__id">{finding.rule}</span> {pick(lang, finding.message)}
      </p>
      <AcceptedReason reason={reason} />
      <ItemAction
        testId="finding-unaccept"
        label={t('findings.unaccept')}
        onClick={() => unacceptFinding(finding)}
      />
    </li>
  );
}

function UnusedItem({ entry }: { entry: AcceptedFinding }) {
  const t = useT();
  const lang = useLang();
  const node = useEditor((s) => nodeById(s.doc, entry.node));
  const title = RULES_BY_ID.get(entry.rule)?.meta.title;
  return (
    <li
      className="asp-finding asp-finding--accepted asp-finding--unused"
      data-testid={`accepted-unused-${entry.rule}`}
    >
      <p className="asp-finding__message">
        <span className="asp-finding__id">{entry.rule}</span> {title ? pick(lang, title) : ''}
        {node ? t('findings.accepted.on', { node: pick(lang, nodeRef(node)) }) : ''}
      </p>
      <p className="asp-finding__note">{t('findings.accepted.unusedNote')}</p>
      <AcceptedReason reason={entry.reason} />
      <ItemAction
        testId="accepted-remove"
        label={t('findings.accepted.remove')}
        onClick={() => removeAcceptance(entry)}
      />
    </li>
  );
}

export function AcceptedList() {
  const t = useT();
  const accepted = useFindings((s) => s.accepted);
  const unused = useFindings((s) => s.unusedAccepted);
  const entries = useEditor((s) => s.doc.accepted);
  if (accepted.length === 0 && unused.length === 0) return null;
  const reasonOf = (f: Finding) =>
    entries?.find((a) => a.rule === f.rule && a.node === f.nodes[0])?.reason ?? '';
  return (
    <details className="asp-findings__accepted" data-testid="findings-accepted">
      <summary data-testid="findings-accepted-summary">
        {t('findings.accepted', { count: accepted.length })}
        {unused.length > 0 && ` · ${t('findings.accepted.unused', { count: unused.length })}`}
      </summary>
      <ul className="asp-findings__list">
        {accepted.map((f) => (
          <AcceptedItem key={findingKey(f)} finding={f} reason={reasonOf(f)} />
        ))}
        {unused.map((entry) => (
          <UnusedItem key={`${entry.rule}|${entry.node}`} entry={entry} />
        ))}
      </ul>
    </details>
  );
}
