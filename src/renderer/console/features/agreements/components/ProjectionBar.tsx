import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';

/** While the matrix is on the projector: its page, the pages around it, and the way back. */
export function ProjectionBar({ title }: { title: string }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { projection, busy, project, projectPage, stopProjecting } = useAgreementsStore(useShallow(agreementsSelectors.projection));

  if (!projection) return null;
  const { page, pages, total } = projection;
  return (
    <section className="matrix-projecting" aria-label={t('agreements.project.label')} data-testid="matrix-projecting">
      <p className="matrix-projecting-state" role="status">
        <span className="agr-on-air">{t('agreements.project.onAir')}</span>
        <strong>{t('agreements.project.titled', { title: projection.title })}</strong>
        <span data-testid="matrix-project-page">
          {pages === null
            ? t('agreements.project.page', { page: page + 1 })
            : t('agreements.project.pageOf', { page: page + 1, pages, total: formatNumber(language, total ?? 0) })}
        </span>
      </p>
      <p className="field-hint">{t('agreements.project.plenaryOnly')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="matrix-project-prev"
          disabled={busy || page === 0}
          onClick={() => void projectPage(page - 1)}
        >
          {t('agreements.project.prev')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="matrix-project-next"
          disabled={busy || (pages !== null && page >= pages - 1)}
          onClick={() => void projectPage(page + 1)}
        >
          {t('agreements.project.next')}
        </button>
        <button type="button" className="button button-secondary" data-testid="matrix-project" disabled={busy} onClick={() => void project(title)}>
          {t('agreements.project.update')}
        </button>
        <button type="button" className="button button-danger" data-testid="matrix-project-stop" disabled={busy} onClick={() => void stopProjecting()}>
          {t('agreements.project.stop')}
        </button>
      </div>
    </section>
  );
}
