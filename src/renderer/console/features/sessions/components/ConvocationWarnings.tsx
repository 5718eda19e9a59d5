import { useShallow } from 'zustand/react/shallow';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionsSelectors } from '../selectors/sessionsSelectors.js';
import { convocationWarningText } from '../sessionText.js';
import { useSessionsStore } from '../store/sessionsStore.js';

export function ConvocationWarnings() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { warnings, sessions, loaded } = useSessionsStore(useShallow(sessionsSelectors.warnings));
  if (!loaded || warnings.length === 0) return null;
  return (
    <div className="warning-box" role="region" aria-label={t('sessions.warningsTitle')} data-testid="convocation-warnings">
      <h2 className="warning-title">{t('sessions.warningsTitle')}</h2>
      <ul className="warning-list">
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`} data-testid="convocation-warning" data-code={warning.code}>
            {convocationWarningText(t, language, warning, sessions)}
          </li>
        ))}
      </ul>
    </div>
  );
}
