import { useT } from '../../../../i18n/useT.js';

/** Stays at the top of every citizen meeting screen: what is here never reaches a plenary surface. */
export function CitizenOnlyBanner() {
  const t = useT();
  return (
    <div className="citizen-banner" role="note" data-testid="citizen-only-banner">
      <span className="citizen-banner-tag">{t('citizen.onlyBadge')}</span>
      <span className="citizen-banner-text">{t('citizen.banner')}</span>
    </div>
  );
}
