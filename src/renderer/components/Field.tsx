import { useId, type InputHTMLAttributes, type Ref } from 'react';

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
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint ? hintId : null, problem ? problemId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className={hideLabel ? 'field-label visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      )}
      <input
        {...input}
        ref={ref}
        id={id}
        data-testid={testId}
        className={className ? `field-input ${className}` : 'field-input'}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
