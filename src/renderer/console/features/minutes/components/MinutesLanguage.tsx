import { useShallow } from 'zustand/react/shallow';
import { SelectField } from '../../../../components/SelectField.js';
import { useT } from '../../../../i18n/useT.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { MinutesRefusal } from './MinutesRefusal.js';

/** The language the acta is printed in; stored with the minutes, fixed once they are signed. */
export function MinutesLanguage({ fixed }: { fixed: boolean }) {
  const t = useT();
  const { language, busy, setLanguage } = useMinutesStore(useShallow(minutesSelectors.language));
  return (
    <div className="minutes-language">
      <SelectField
        label={t('minutes.language')}
        testId="minutes-language"
        hint={fixed ? t('minutes.languageFixed') : t('minutes.languageHint')}
        value={language}
        disabled={busy || fixed}
        options={[
          { value: 'es', label: t('language.es') },
          { value: 'en', label: t('language.en') },
        ]}
        onChange={(e) => void setLanguage(e.target.value === 'en' ? 'en' : 'es')}
      />
      <MinutesRefusal action="language" />
    </div>
  );
}
