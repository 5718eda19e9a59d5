import { useCallback } from 'react';
import type { Language } from '../../shared/ipc/contract.js';
import { languageSelectors, useLanguageStore } from '../i18n/languageStore.js';
import { locales } from '../i18n/translate.js';

/** A calendar day ('YYYY-MM-DD') as the reader's language writes it; UTC so no time zone moves it. */
export function formatDay(language: Language, day: string): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** For days inside translated sentences: `t('x', { date: day('2026-03-14') })`. */
export function useFormatDay(): (day: string) => string {
  const language = useLanguageStore(languageSelectors.language);
  return useCallback((day: string) => formatDay(language, day), [language]);
}
