/**
 * An editable table of security-group or network-ACL rules (kinds.md "Rule sets").
 * Each cell commits on its own (one undo step per edited cell); bad input is shown
 * with its reason and never reaches the document. Security groups get an action column
 * too, so that learners coming from NACLs can try a deny rule and see SG-02 flag it.
 */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RuleRow } from '../../domain/document/types';
import { useEditor } from '../../store/editorStore';
import { CloseButton } from '../CloseButton';
import { useT } from '../useT';
import { DraftInput } from './DraftInput';
import {
  checkCidr,
  checkPorts,
  checkRuleNumber,
  checkSgPeer,
  nextRuleNumber,
} from './ruleValidation';

/** `sg-in` rules have a source, `sg-out` a destination, `nacl` a rule number and a CIDR. */
export type RuleTableVariant = 'sg-in' | 'sg-out' | 'nacl';

const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'] as const;
const ACTIONS = ['allow', 'deny'] as const;

export interface RuleTableProps {
  name: string;
  label: string;
  variant: RuleTableVariant;
  rows: readonly RuleRow[];
  onChange: (rows: RuleRow[]) => void;
}

function newRow(variant: RuleTableVariant, rows: readonly RuleRow[]): RuleRow {
  switch (variant) {
    case 'sg-in':
      return { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' };
    case 'sg-out':
      return { protocol: 'all', ports: 'all', destination: '0.0.0.0/0' };
    case 'nacl':
      return {
        rule: nextRuleNumber(rows.map((r) => r.rule ?? 0)),
        protocol: 'tcp',
        ports: '443',
        cidr: '0.0.0.0/0',
        action: 'allow',
      };
  }
}

export function RuleTable({ name, label, variant, rows, onChange }: RuleTableProps) {
  const t = useT();
  const listId = useId();
  const sgIds = useEditor(
    useShallow((s) => s.doc.nodes.filter((n) => n.kind === 'security-group').map((n) => n.id)),
  );
  const testId = `inspector-prop-${name}`;
  const setCell = (index: number, patch: Partial<RuleRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const peerField = variant === 'sg-in' ? 'source' : 'destination';

  const select = <V extends (typeof PROTOCOLS)[number] | (typeof ACTIONS)[number]>(
    index: number,
    column: 'protocol' | 'action',
    value: string,
    options: readonly V[],
    onPick: (v: V) => void,
  ) => {
    const id = `${listId}-${index}-${column}`;
    // A value outside the list (a hand-written "6") stays visible instead of being replaced.
    const all: string[] = options.includes(value as V) ? [...options] : [value, ...options];
    return (
      <>
        <label htmlFor={id} className="asp-sr-only">
          {t('inspector.rules.cellLabel', {
            column: t(`inspector.rules.${column}`),
            row: index + 1,
          })}
        </label>
        <select
          id={id}
          className="asp-input"
          data-testid={`${testId}-${index}-${column}`}
          value={value}
          onChange={(e) => onPick(e.target.value as V)}
        >
          {all.map((o) => (
            <option key={o} value={o}>
              {options.includes(o as V) ? t(`inspector.rules.value.${o as V}`) : o}
            </option>
          ))}
        </select>
      </>
    );
  };

  return (
    <div className={`asp-rules asp-rules--${variant}`} data-testid={testId}>
      <div className="asp-rules__scroll">
        <table className="asp-rules__table">
          <caption>{label}</caption>
          <thead>
            <tr>
              {variant === 'nacl' && (
                <th scope="col" className="asp-rules__col--rule">
                  {t('inspector.rules.rule')}
                </th>
              )}
              <th scope="col" className="asp-rules__col--protocol">
                {t('inspector.rules.protocol')}
              </th>
              <th scope="col" className="asp-rules__col--ports">
                {t('inspector.rules.ports')}
              </th>
              <th scope="col">
                {variant === 'nacl' ? t('inspector.rules.cidr') : t(`inspector.rules.${peerField}`)}
              </th>
              <th scope="col" className="asp-rules__col--action">
                {t('inspector.rules.action')}
              </th>
              <th scope="col" className="asp-rules__col--remove">
                <span className="asp-sr-only">{t('inspector.rules.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={variant === 'nacl' ? 6 : 5} className="asp-muted">
                  {t(variant === 'nacl' ? 'inspector.rules.emptyNacl' : 'inspector.rules.empty')}
                </td>
              </tr>
            )}
            {rows.map((row, index) => (
              <tr key={index} data-testid={`${testId}-row-${index}`}>
                {variant === 'nacl' && (
                  <td>
                    <DraftInput
                      value={String(row.rule ?? '')}
                      check={(v) =>
                        checkRuleNumber(
                          v,
                          rows.filter((_, i) => i !== index).map((r) => r.rule ?? 0),
                        )
                      }
                      onCommit={(n) => setCell(index, { rule: n })}
                      label={t('inspector.rules.cellLabel', {
                        column: t('inspector.rules.rule'),
                        row: index + 1,
                      })}
                      hiddenLabel
                      testId={`${testId}-${index}-rule`}
                      className="asp-field--narrow"
                    />
                  </td>
                )}
                <td>
                  {select(index, 'protocol', row.protocol, PROTOCOLS, (protocol) =>
                    setCell(index, protocol === 'all' ? { protocol, ports: 'all' } : { protocol }),
                  )}
                </td>
                <td>
                  <DraftInput
                    value={row.ports}
                    check={checkPorts}
                    onCommit={(ports) => setCell(index, { ports })}
                    label={t('inspector.rules.cellLabel', {
                      column: t('inspector.rules.ports'),
                      row: index + 1,
                    })}
                    hiddenLabel
                    testId={`${testId}-${index}-ports`}
                  />
                </td>
                <td>
                  {variant === 'nacl' ? (
                    <DraftInput
                      value={row.cidr ?? ''}
                      check={checkCidr}
                      validateStored
                      onCommit={(cidr) => setCell(index, { cidr })}
                      label={t('inspector.rules.cellLabel', {
                        column: t('inspector.rules.cidr'),
                        row: index + 1,
                      })}
                      hiddenLabel
                      testId={`${testId}-${index}-cidr`}
                    />
                  ) : (
                    <DraftInput
                      value={row[peerField] ?? ''}
                      check={(v) => checkSgPeer(v, sgIds)}
                      validateStored
                      onCommit={(peer) => setCell(index, { [peerField]: peer })}
                      label={t('inspector.rules.cellLabel', {
                        column: t(`inspector.rules.${peerField}`),
                        row: index + 1,
                      })}
                      hiddenLabel
                      testId={`${testId}-${index}-${peerField}`}
                      list={`${listId}-sgs`}
                    />
                  )}
                </td>
                <td>
                  {select(index, 'action', row.action ?? 'allow', ACTIONS, (action) =>
                    setCell(index, { action }),
                  )}
                </td>
                <td>
                  <CloseButton
                    label={t('inspector.rules.removeRow', { row: index + 1 })}
                    testId={`${testId}-${index}-remove`}
                    onClick={() => remove(index)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {variant !== 'nacl' && (
        <datalist id={`${listId}-sgs`}>
          <option value="0.0.0.0/0" />
          {sgIds.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      )}
      <button
        type="button"
        className="asp-button asp-button--small"
        data-testid={`${testId}-add`}
        onClick={() => onChange([...rows, newRow(variant, rows)])}
      >
        {t('inspector.rules.add')}
      </button>
    </div>
  );
}
