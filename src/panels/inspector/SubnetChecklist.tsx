/**
 * A load balancer's `subnets`: every subnet of the diagram as a checkbox, named by its
 * label, availability zone and tier so that learners can see whether it spans two AZs.
 */
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../../store/editorStore';
import { useLang, useT } from '../useT';
import { optionLabel } from './labels';

export interface SubnetChecklistProps {
  name: string;
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
}

export function SubnetChecklist({ name, label, value, onChange }: SubnetChecklistProps) {
  const t = useT();
  const lang = useLang();
  const subnets = useEditor(useShallow((s) => s.doc.nodes.filter((n) => n.kind === 'subnet')));
  const testId = `inspector-prop-${name}`;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  // Ids that no longer name a subnet stay listed so that the user can untick them.
  const stale = value.filter((id) => !subnets.some((s) => s.id === id));

  return (
    <fieldset className="asp-fieldset" data-testid={testId}>
      <legend>{label}</legend>
      {subnets.length === 0 && stale.length === 0 && (
        <p className="asp-muted">{t('inspector.subnets.none')}</p>
      )}
      {subnets.map((s) => (
        <label key={s.id} className="asp-check">
          <input
            type="checkbox"
            data-testid={`${testId}-${s.id}`}
            checked={value.includes(s.id)}
            onChange={(e) => toggle(s.id, e.target.checked)}
          />
          <span>
            {t('inspector.subnets.item', {
              label: s.label || s.id,
              az: String(s.props.az ?? '?'),
              tier: optionLabel(lang, 'tier', String(s.props.tier ?? '')),
            })}
          </span>
        </label>
      ))}
      {stale.map((id) => (
        <label key={id} className="asp-check asp-check--stale">
          <input
            type="checkbox"
            data-testid={`${testId}-${id}`}
            checked
            onChange={() => toggle(id, false)}
          />
          <span>{t('inspector.subnets.missing', { id })}</span>
        </label>
      ))}
    </fieldset>
  );
}
