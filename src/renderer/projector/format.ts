/** Times and dates as the audience reads them: 24-hour clock, day and short month. */

export function formatClock(locale: string, ms: number): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

/** A calendar date 'YYYY-MM-DD' (no time zone: it is a day, not an instant) as "15 dic 2026". */
export function formatDay(locale: string, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = Date.UTC(y, m - 1, d);
  if (Number.isNaN(date)) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date).replace('.', '');
}
