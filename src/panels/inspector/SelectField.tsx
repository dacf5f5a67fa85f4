/** A labelled select of the inspector: the label above, the options as children. */
import { useId } from 'react';
import type { ReactNode, Ref } from 'react';

export interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  children: ReactNode;
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  value,
  onChange,
  testId,
  children,
  selectRef,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className="asp-field">
      <label htmlFor={id} className="asp-field__label">
        {label}
      </label>
      <select
        id={id}
        ref={selectRef}
        className="asp-input"
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
