import { useId, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: string;
  problem?: string | null;
  /** For controls labelled visually by their surroundings; still read aloud. */
  hideLabel?: boolean;
  /** Renders the control with the id its label points at and the ids that describe it. */
  children(control: { id: string; describedBy: string | undefined }): ReactNode;
}

/**
 * The label, hint and problem every form control shares; the hint and problem are tied to the
 * control (aria-describedby) so they are read out with it.
 */
export function FieldFrame({ label, hint, problem, hideLabel, children }: FieldFrameProps) {
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
      {children({ id, describedBy: describedBy || undefined })}
    </div>
  );
}
