import { useId, type TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  testId: string;
  hint?: string;
}

/** A labelled multi-line text box. */
export function TextAreaField({ label, testId, hint, className, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        {...textarea}
        id={id}
        data-testid={testId}
        className={className ? `field-input field-textarea ${className}` : 'field-input field-textarea'}
        aria-describedby={hint ? hintId : undefined}
      />
    </div>
  );
}
