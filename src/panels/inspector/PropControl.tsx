/** The control that fits a prop's spec: checkbox, select, text, checkbox group, subnet list or rule table. */
import type { DiagramNode, PropValue, RuleRow } from '../../domain/document/types';
import type { PropSpec } from '../../domain/kinds/types';
import { useLang } from '../useT';
import { DraftInput, anyText } from './DraftInput';
import { editNodeProp } from './edits';
import { optionLabel, propLabel } from './labels';
import { RuleTable } from './RuleTable';
import { checkAddressBlock } from './ruleValidation';
import { isAddressProp } from '../../domain/document/importValues';
import { SubnetChecklist } from './SubnetChecklist';
import { PolicyEditor } from './PolicyEditor';
import { SelectField } from './SelectField';

export interface PropControlProps {
  node: DiagramNode;
  name: string;
  spec: PropSpec;
}

const asStrings = (v: PropValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const asRows = (v: PropValue | undefined): RuleRow[] =>
  Array.isArray(v) ? v.filter((x): x is RuleRow => typeof x === 'object' && x !== null) : [];

export function PropControl({ node, name, spec }: PropControlProps) {
  const lang = useLang();
  const label = propLabel(lang, node.kind, name);
  const value = node.props[name];
  const testId = `inspector-prop-${name}`;
  const set = (v: PropValue) => editNodeProp(node.id, name, v);

  switch (spec.type) {
    case 'boolean':
      return (
        <label className="asp-check">
          <input
            type="checkbox"
            data-testid={testId}
            checked={value === true}
            onChange={(e) => set(e.target.checked)}
          />
          <span>{label}</span>
        </label>
      );
    case 'enum': {
      const current = typeof value === 'string' ? value : spec.default;
      const options = spec.options.includes(current) ? spec.options : [current, ...spec.options];
      return (
        <SelectField label={label} value={current} onChange={set} testId={testId}>
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(lang, name, o)}
            </option>
          ))}
        </SelectField>
      );
    }
    case 'string': {
      // A VPC's or subnet's block is checked as typed, and a bad one from a file is shown.
      const address = isAddressProp(node.kind, name);
      return (
        <DraftInput
          value={typeof value === 'string' ? value : ''}
          check={address ? checkAddressBlock : anyText}
          validateStored={address}
          onCommit={(v) => set(v.trim())}
          label={label}
          testId={testId}
        />
      );
    }
    case 'subset': {
      const chosen = asStrings(value);
      return (
        <fieldset className="asp-fieldset" data-testid={testId}>
          <legend>{label}</legend>
          {spec.options.map((o) => (
            <label key={o} className="asp-check">
              <input
                type="checkbox"
                data-testid={`${testId}-${o}`}
                checked={chosen.includes(o)}
                onChange={(e) =>
                  // Kept in the options' order so that the saved file does not depend on click order.
                  set(spec.options.filter((x) => (x === o ? e.target.checked : chosen.includes(x))))
                }
              />
              <span>{optionLabel(lang, name, o)}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'idList':
      return <SubnetChecklist name={name} label={label} value={asStrings(value)} onChange={set} />;
    case 'sgRules':
      return (
        <RuleTable
          name={name}
          label={label}
          variant={name === 'outbound' ? 'sg-out' : 'sg-in'}
          rows={asRows(value)}
          onChange={set}
        />
      );
    case 'naclRules':
      return (
        <RuleTable name={name} label={label} variant="nacl" rows={asRows(value)} onChange={set} />
      );
    case 'policy':
      return <PolicyEditor node={node} name={name} />;
  }
}
