/** Accepted findings, closed by default: each with the user's reason and "Un-accept". */
import { findingKey } from '../../domain/rules/engine';
import type { Finding } from '../../domain/rules/types';
import { pick } from '../../i18n';
import { useEditor } from '../../store/editorStore';
import { useFindings } from '../../store/findings';
import { useLang, useT } from '../useT';
import { unacceptFinding } from './findingActions';

function AcceptedItem({ finding, reason }: { finding: Finding; reason: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <li className="asp-finding asp-finding--accepted" data-testid={`accepted-${finding.rule}`}>
      <p className="asp-finding__message">
        <span className="asp-finding__id">{finding.rule}</span> {pick(lang, finding.message)}
      </p>
      {reason && (
        <p className="asp-finding__reason" data-testid="accepted-reason">
          {t('findings.accepted.reason', { reason })}
        </p>
      )}
      <div className="asp-finding__actions">
        <button
          type="button"
          className="asp-button asp-button--small"
          data-testid="finding-unaccept"
          onClick={() => unacceptFinding(finding)}
        >
          {t('findings.unaccept')}
        </button>
      </div>
    </li>
  );
}

export function AcceptedList() {
  const t = useT();
  const accepted = useFindings((s) => s.accepted);
  const entries = useEditor((s) => s.doc.accepted);
  if (accepted.length === 0) return null;
  const reasonOf = (f: Finding) =>
    entries?.find((a) => a.rule === f.rule && a.node === f.nodes[0])?.reason ?? '';
  return (
    <details className="asp-findings__accepted" data-testid="findings-accepted">
      <summary data-testid="findings-accepted-summary">
        {t('findings.accepted', { count: accepted.length })}
      </summary>
      <ul className="asp-findings__list">
        {accepted.map((f) => (
          <AcceptedItem key={findingKey(f)} finding={f} reason={reasonOf(f)} />
        ))}
      </ul>
    </details>
  );
}
