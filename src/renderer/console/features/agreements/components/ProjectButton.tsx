import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';

/**
 * Puts the filtered matrix on the projector. Main leaves out everything citizen-only; the
 * screen says so, so nobody expects to see those agreements there.
 */
export function ProjectButton({ title }: { title: string }) {
  const t = useT();
  const { projection, busy, project } = useAgreementsStore(useShallow(agreementsSelectors.projection));
  if (projection) return null;
  return (
    <button
      type="button"
      className="button button-primary"
      data-testid="matrix-project"
      title={t('agreements.project.plenaryOnly')}
      disabled={busy}
      onClick={() => void project(title)}
    >
      {t('agreements.project.start')}
    </button>
  );
}
