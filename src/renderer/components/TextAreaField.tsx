import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame.js';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  testId: string;
  hint?: string;
}

/** A labelled multi-line text box. */
export function TextAreaField({ label, testId, hint, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint}>
      {({ id, describedBy }) => (
        <textarea
          {...textarea}
          id={id}
          data-testid={testId}
          className={className ? `field-input field-textarea ${className}` : 'field-input field-textarea'}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}
