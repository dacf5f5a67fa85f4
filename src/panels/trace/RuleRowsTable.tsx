/**
 * The deciding rule of a hop, shown as the rows themselves. A network ACL's rows in
 * evaluation order: the ones checked before the decision marked "does not match", the
 * deciding one highlighted (or the final `*` deny when none matched). A security
 * group's rows with the allowing one marked, or "no rule allows it" on a deny.
 */
import type { RuleRow } from '../../domain/document/types';
import type { DecidingRule } from '../../domain/trace';
import { useT } from '../useT';
import type { RowMark } from './traceModel';
import { rowMarks } from './traceModel';

function MarkCell({ mark }: { mark: RowMark }) {
  const t = useT();
  return (
    <td className="asp-trace-rules__mark">
      {mark === 'unchecked' ? '' : t(`trace.rules.${mark}`)}
    </td>
  );
}

function peerOf(row: RuleRow, deciding: DecidingRule): string {
  if (deciding.type === 'nacl') return row.cidr ?? '?';
  return (deciding.direction === 'inbound' ? row.source : row.destination) ?? '?';
}

/** `name`: what the canvas calls the rule set's node. */
export function RuleRowsTable({ deciding, name }: { deciding: DecidingRule; name: string }) {
  const t = useT();
  const marks = rowMarks(deciding);
  const nacl = deciding.type === 'nacl';
  const peer = nacl
    ? t('trace.rules.cidr')
    : t(deciding.direction === 'inbound' ? 'trace.rules.source' : 'trace.rules.destination');
  const caption = t(`trace.rules.caption.${deciding.type}.${deciding.direction}`, { name });
  return (
    <div className="asp-trace-rules" data-testid="trace-rules" data-type={deciding.type}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nacl ? t('trace.rules.number') : '#'}</th>
            {nacl && <th scope="col">{t('trace.rules.action')}</th>}
            <th scope="col">{t('trace.rules.protocol')}</th>
            <th scope="col">{t('trace.rules.ports')}</th>
            <th scope="col">{peer}</th>
            <th scope="col">
              <span className="asp-sr-only">{t('trace.rules.result')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deciding.rows.map((row, i) => (
            <tr
              key={i}
              className={`asp-trace-rules__row is-${marks.rows[i]}`}
              data-testid="trace-rule-row"
              data-mark={marks.rows[i]}
            >
              <td>{nacl ? (row.rule ?? '?') : i + 1}</td>
              {nacl && (
                <td>{t(row.action === 'deny' ? 'trace.rules.deny' : 'trace.rules.allow')}</td>
              )}
              <td>{row.protocol}</td>
              <td>{row.ports}</td>
              <td className="asp-mono">{peerOf(row, deciding)}</td>
              <MarkCell mark={marks.rows[i]} />
            </tr>
          ))}
          {nacl && (
            <tr
              className={`asp-trace-rules__row${marks.finalDenyDecides ? ' is-decides' : ''}`}
              data-testid="trace-rule-row"
              data-mark={marks.finalDenyDecides ? 'decides' : 'unchecked'}
            >
              <td>*</td>
              <td>{t('trace.rules.deny')}</td>
              <td>{t('trace.rules.any')}</td>
              <td>{t('trace.rules.any')}</td>
              <td className="asp-mono">0.0.0.0/0</td>
              <MarkCell mark={marks.finalDenyDecides ? 'decides' : 'unchecked'} />
            </tr>
          )}
        </tbody>
      </table>
      {!nacl && deciding.decidingIndex === undefined && (
        <p className="asp-trace-rules__none" data-testid="trace-rules-none">
          {t('trace.rules.noneAllows')}
        </p>
      )}
    </div>
  );
}
