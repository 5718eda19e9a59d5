import { useCallback } from 'react';
import { languageSelectors, useLanguageStore } from './languageStore.js';
import { translate, type Translate } from './translate.js';

/** `const t = useT(); t('unlock.title')`: re-renders the component when the language changes. */
export function useT(): Translate {
  const language = useLanguageStore(languageSelectors.language);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}
