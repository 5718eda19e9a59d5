import type { Language } from '../../shared/ipc/contract.js';
import { en } from './en.js';
import { es, type MessageKey, type Messages } from './es.js';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogs: Record<Language, Messages> = { es, en };

/** Regional formats for numbers and dates: the app is used in Mexico. */
export const locales: Record<Language, string> = { es: 'es-MX', en: 'en-US' };

/** `{name}` in a message is replaced by params.name; a placeholder without a value stays visible. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = catalogs[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
