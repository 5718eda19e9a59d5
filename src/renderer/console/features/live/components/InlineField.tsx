import { useRef, useState, type KeyboardEvent } from 'react';

interface InlineFieldProps {
  label: string;
  testId: string;
  /** What main has; the field starts from it (give the field a key on it to follow changes). */
  value: string;
  type?: 'text' | 'time';
  autoFocus?: boolean;
  /** Empty is refused: leaving it empty cancels. */
  required?: boolean;
  /** 'HH:MM' only, for times. */
  valid?(text: string): boolean;
  onSave(text: string): Promise<boolean>;
  /** After a save, or when nothing changed: where the keyboard goes next. */
  onDone?(): void;
  onCancel?(): void;
}

/** A small field inside a row, saved on Enter or on leaving it; Esc puts back what was there. */
export function InlineField({ label, testId, value, type = 'text', autoFocus, required, valid, onSave, onDone, onCancel }: InlineFieldProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value.trim());

  async function save() {
    const next = text.trim();
    if (next === sent.current) return onDone?.();
    if ((required && next === '') || (valid && !valid(next))) {
      setText(value);
      return onCancel?.();
    }
    sent.current = next;
    if (await onSave(next)) onDone?.();
    else sent.current = value.trim();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setText(value);
      sent.current = value.trim();
      onCancel?.();
    }
  }

  return (
    <label className="inline-label roster-field">
      {label}
      <input
        type={type}
        className={type === 'time' ? 'field-input roster-time' : 'field-input roster-text'}
        data-testid={testId}
        autoComplete="off"
        // Only where the secretary just asked for the field (R: the substitute's name).
        autoFocus={autoFocus}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => void save()}
      />
    </label>
  );
}
