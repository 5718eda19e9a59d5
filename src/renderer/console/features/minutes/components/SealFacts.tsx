import type { MinutesSealDto } from '../../../../../shared/ipc/contract.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { formatInstant, groupedHash } from '../minutesText.js';

/** The seal as the footer of every page prints it, grouped by four to be read aloud and compared. */
export function SealFacts({ seal }: { seal: MinutesSealDto }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  return (
    <section className={seal.intact ? 'panel minutes-seal' : 'panel minutes-seal minutes-seal-broken'} data-testid="minutes-seal" data-intact={seal.intact}>
      <h3>{t('minutes.seal.title')}</h3>
      <dl className="facts-list">
        <div>
          <dt>{t('minutes.seal.sha256')}</dt>
          <dd className="mono minutes-hash" data-testid="minutes-seal-hash">
            {groupedHash(seal.sha256)}
          </dd>
        </div>
        <div>
          <dt>{t('minutes.seal.sealedAt')}</dt>
          <dd>{formatInstant(language, seal.sealedAt)}</dd>
        </div>
        <div>
          <dt>{t('minutes.seal.state')}</dt>
          <dd data-testid="minutes-seal-intact">{seal.intact ? t('minutes.seal.intact') : t('minutes.seal.broken')}</dd>
        </div>
      </dl>
    </section>
  );
}
