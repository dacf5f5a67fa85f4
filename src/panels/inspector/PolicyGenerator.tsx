/**
 * The Policy Generator form of the inspector, like AWS's: effect, principal, actions,
 * resource and an optional condition; "Add statement" appends the statement to the
 * node's policy. Every field has a label.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { DiagramNode } from '../../domain/document/types';
import type { MessageKey } from '../../i18n';
import { useT } from '../useT';
import { CONDITION_KEYS, actionsOf, addStatement, initialForm } from './policyForm';
import type { GeneratorForm } from './policyForm';

export interface PolicyGeneratorProps {
  node: DiagramNode;
  /** The policy text the statement is appended to. */
  policy: string;
  onAdd: (text: string, count: number) => void;
  onError: (key: MessageKey) => void;
}

const PRINCIPALS = ['anyone', 'account', 'service'] as const;
const EFFECTS = ['Allow', 'Deny'] as const;

export function PolicyGenerator({ node, policy, onAdd, onError }: PolicyGeneratorProps) {
  const t = useT();
  const id = useId();
  const [form, setForm] = useState<GeneratorForm>(() => initialForm(node));
  const set = (patch: Partial<GeneratorForm>) => setForm((f) => ({ ...f, ...patch }));
  const field = (key: string, label: string, control: ReactNode) => (
    <div className="asp-field">
      <label htmlFor={`${id}-${key}`} className="asp-field__label">
        {label}
      </label>
      {control}
    </div>
  );
  const text = (key: keyof GeneratorForm, placeholder?: string) => (
    <input
      id={`${id}-${key}`}
      type="text"
      className="asp-input"
      spellCheck={false}
      data-testid={`policy-gen-${key}`}
      placeholder={placeholder}
      value={form[key] as string}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );

  const choice = (
    key: keyof GeneratorForm,
    value: string,
    options: readonly (readonly [string, string])[],
    onPick: (value: string) => void,
  ) => (
    <select
      id={`${id}-${key}`}
      className="asp-input"
      data-testid={`policy-gen-${key}`}
      value={value}
      onChange={(e) => onPick(e.target.value)}
    >
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );

  return (
    <fieldset className="asp-fieldset" data-testid="policy-generator">
      <legend>{t('policy.generator')}</legend>
      {field(
        'effect',
        t('policy.effect'),
        choice(
          'effect',
          form.effect,
          EFFECTS.map((e) => [e, e]),
          (v) => set({ effect: v === 'Deny' ? 'Deny' : 'Allow' }),
        ),
      )}
      {field(
        'principal',
        t('policy.principal'),
        choice(
          'principal',
          form.principal,
          PRINCIPALS.map((p) => [p, t(`policy.principal.${p}`)]),
          (v) => set({ principal: PRINCIPALS.find((p) => p === v) ?? 'anyone' }),
        ),
      )}
      {form.principal === 'account' &&
        field('account', t('policy.account'), text('account', '111122223333'))}
      {form.principal === 'service' &&
        field('service', t('policy.service'), text('service', 'sns.amazonaws.com'))}
      <fieldset className="asp-fieldset">
        <legend>{t('policy.actions')}</legend>
        {actionsOf(node).map((action) => (
          <label key={action} className="asp-check">
            <input
              type="checkbox"
              data-testid={`policy-gen-action-${action}`}
              checked={form.actions.includes(action)}
              onChange={(e) =>
                set({
                  actions: actionsOf(node).filter((a) =>
                    a === action ? e.target.checked : form.actions.includes(a),
                  ),
                })
              }
            />
            <span>{action}</span>
          </label>
        ))}
      </fieldset>
      {field('otherActions', t('policy.otherActions'), text('otherActions'))}
      {field('resource', t('policy.resource'), text('resource'))}
      {field(
        'conditionKey',
        t('policy.conditionKey'),
        choice(
          'conditionKey',
          form.conditionKey,
          [['', t('policy.condition.none')], ...CONDITION_KEYS.map((k) => [k, k] as const)],
          (v) => set({ conditionKey: CONDITION_KEYS.find((k) => k === v) ?? '' }),
        ),
      )}
      {form.conditionKey !== '' &&
        field('conditionValue', t('policy.conditionValue'), text('conditionValue'))}
      <button
        type="button"
        className="asp-button"
        data-testid="policy-gen-add"
        onClick={() => {
          const result = addStatement(policy, form);
          if (result.ok) onAdd(result.text, result.count);
          else onError(result.error);
        }}
      >
        {t('policy.add')}
      </button>
    </fieldset>
  );
}
