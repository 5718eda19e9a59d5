const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);
/** Fields that take keys but never a letter: a B typed in a date is not a B the secretary meant to write. */
const NO_LETTERS = new Set([...NOT_TEXT, 'date', 'time', 'datetime-local', 'month', 'week', 'number']);

/** Any field that uses keys of its own (a letter, PageDown, arrows): plain-key shortcuts stay out. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** A field where a letter is a letter (a select finds options by their letters): B and W stay out. */
export function takesLetters(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NO_LETTERS.has(target.type);
}

/** Ctrl+Enter (Cmd+Enter on a Mac): saves the form that has the focus. */
export function isSaveChord(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}
