import { useId } from 'react';
import { languageSelectors, useLanguageStore } from '../i18n/languageStore.js';
import { useT } from '../i18n/useT.js';

export function LanguageSwitch() {
  const t = useT();
  const id = useId();
  const language = useLanguageStore(languageSelectors.language);
  const choose = useLanguageStore(languageSelectors.choose);
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-switch"
        value={language}
        onChange={(event) => void choose(event.target.value === 'en' ? 'en' : 'es')}
      >
        <option value="es">{t('language.es')}</option>
        <option value="en">{t('language.en')}</option>
      </select>
    </div>
  );
}
