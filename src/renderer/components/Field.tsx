import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame } from './FieldFrame.js';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  testId: string;
  hint?: string;
  problem?: string | null;
  /** For inputs labelled visually by their surroundings (a fraction's two halves); still read aloud. */
  hideLabel?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and problem are read out with it (aria-describedby). */
export function Field({ label, testId, hint, problem, hideLabel, ref, className, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} problem={problem} hideLabel={hideLabel}>
      {({ id, describedBy }) => (
        <input
          {...input}
          ref={ref}
          id={id}
          data-testid={testId}
          className={className ? `field-input ${className}` : 'field-input'}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}
