import type { Language } from '../../shared/ipc/contract.js';
import { locales } from './translate.js';

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}

export function formatDateTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
