import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';

interface CheckedFormOptions<F extends Record<keyof F, string>> {
  initial: () => F;
  /** In screen order: a failed submit focuses the first field with a problem. */
  fields: readonly (keyof F & string)[];
  problemsOf(form: F): Partial<Record<keyof F, MessageKey>>;
  /**
   * Whether an empty field waits for a submit before it is flagged, so a form that starts
   * empty is not flagged field by field as the person tabs through it.
   */
  emptyWaitsForSubmit: boolean;
}

/**
 * A form of text fields checked as it is filled: a field's problem shows once the field is
 * left or a submit was tried; after a failed submit the first problem is announced and focused.
 */
export function useCheckedForm<F extends Record<keyof F, string>>(options: CheckedFormOptions<F>) {
  const t = useT();
  const [form, setForm] = useState<F>(options.initial);
  const [touched, setTouched] = useState<ReadonlySet<keyof F>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const problems = options.problemsOf(form);

  function problem(field: keyof F): string | null {
    const key = problems[field];
    if (!key) return null;
    const left = touched.has(field) && (!options.emptyWaitsForSubmit || form[field] !== '');
    return attempted || left ? t(key) : null;
  }

  const firstProblem: MessageKey | undefined = attempted ? options.fields.map((f) => problems[f]).find(Boolean) : undefined;

  function touch(field: keyof F) {
    setTouched((current) => new Set(current).add(field));
  }

  /** The props Field and SelectField take for one form field. */
  function bind(field: keyof F & string) {
    return {
      'data-field': field,
      value: form[field],
      problem: problem(field),
      onChange: (event: { target: { value: string } }) => setForm((current) => ({ ...current, [field]: event.target.value })),
      onBlur: () => touch(field),
    };
  }

  /** Marks the submit as tried; with a problem left, focuses its field and answers false. */
  function readyToSubmit(event: FormEvent<HTMLFormElement>): boolean {
    setAttempted(true);
    const first = options.fields.find((f) => problems[f]);
    if (!first) return true;
    event.currentTarget.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
    return false;
  }

  return { form, setForm, problem, firstProblem, touch, bind, readyToSubmit };
}
