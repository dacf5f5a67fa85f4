/**
 * The small mark on a node that has findings, in the colour of its worst severity; the
 * messages show on hover. It subscribes to its own node's entry only, so a document
 * change re-renders just the badges whose findings changed; nodes without findings
 * pay for one store subscription and nothing else.
 */
import { memo } from 'react';
import { pick, translate } from '../../i18n';
import type { NodeFindings } from '../../store/findings';
import { useNodeFindings } from '../../store/findings';
import { useLang } from '../useT';
import './findings.css';

/** One finding shows its kind of mark; several show how many. */
const SEVERITY_MARK = { error: '!', warning: '!', info: 'i' } as const;

function BadgeMark({ nodeId, entry }: { nodeId: string; entry: NodeFindings }) {
  const lang = useLang();
  const text = entry.findings
    .map(
      (f) =>
        `${translate(lang, `findings.severity.${f.severity}`)} ${f.rule}: ${pick(lang, f.message)}`,
    )
    .join('\n');
  return (
    <span
      className={`asp-finding-badge asp-finding-badge--${entry.worst}`}
      data-testid={`finding-badge-${nodeId}`}
      data-severity={entry.worst}
      role="img"
      aria-label={text}
      title={text}
    >
      {entry.findings.length > 1 ? entry.findings.length : SEVERITY_MARK[entry.worst]}
    </span>
  );
}

function NodeFindingBadgeView({ nodeId }: { nodeId: string }) {
  const entry = useNodeFindings(nodeId);
  return entry ? <BadgeMark nodeId={nodeId} entry={entry} /> : null;
}

export const NodeFindingBadge = memo(NodeFindingBadgeView);
