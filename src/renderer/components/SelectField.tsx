import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  testId: string;
  options: readonly SelectOption[];
  /** A first, empty choice ("— choose —"); its value is ''. */
  placeholder?: string;
  hint?: string;
  problem?: string | null;
}

/** A labelled select, described by its hint and problem like Field. */
export function SelectField({ label, testId, options, placeholder, hint, problem, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} problem={problem}>
      {({ id, describedBy }) => (
        <select
          {...select}
          id={id}
          data-testid={testId}
          className="field-input field-select"
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
