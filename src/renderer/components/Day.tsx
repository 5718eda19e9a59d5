import { useFormatDay } from './formatDay.js';

/** A calendar day ('YYYY-MM-DD') in the reader's language, machine-readable for assistive tools. */
export function Day({ value }: { value: string }) {
  const day = useFormatDay();
  return <time dateTime={value}>{day(value)}</time>;
}
