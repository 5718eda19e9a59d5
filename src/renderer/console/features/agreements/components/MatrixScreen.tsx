import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { matrixChoices, matrixView, sameLayout } from '../matrixView.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { ExportPanel } from './ExportPanel.js';
import { FilterPanel } from './FilterPanel.js';
import { MatrixCount } from './MatrixCount.js';
import { MatrixTable } from './MatrixTable.js';
import { ProjectButton } from './ProjectButton.js';
import { ProjectionBar } from './ProjectionBar.js';

/** The matrix, loaded whole once: filtered, sorted and grouped here with the shared rules. */
export function MatrixScreen() {
  const t = useT();
  const { rows, loaded, today, filter, sort, groupByCommittee } = useAgreementsStore(useShallow(agreementsSelectors.matrix));
  const views = useAgreementsStore((s) => s.views);
  const [exporting, setExporting] = useState(false);
  const view = useMemo(() => matrixView(rows, filter, sort, groupByCommittee, today), [rows, filter, sort, groupByCommittee, today]);
  const choices = useMemo(() => matrixChoices(rows), [rows]);
  // The projector's heading: the saved view's name when the screen is one.
  const projectTitle = views.find((v) => sameLayout(v, { filter, sort, groupByCommittee }))?.name ?? t('agreements.project.defaultTitle');

  return (
    <div className="stack matrix-screen" data-testid="agreements-matrix">
      <div className="matrix-toolbar">
        <div>
          <MatrixCount shown={view.shown} total={rows.length} overdue={view.overdue} />
          <p className="field-hint matrix-project-hint">{t('agreements.project.plenaryOnly')}</p>
        </div>
        <div className="toolbar-actions">
          <ProjectButton title={projectTitle} />
          <button
            type="button"
            className="button button-secondary"
            data-testid="matrix-export-open"
            aria-expanded={exporting}
            onClick={() => setExporting((open) => !open)}
          >
            {t('agreements.export.open')}
          </button>
        </div>
      </div>
      <ProjectionBar title={projectTitle} />
      {exporting && <ExportPanel onClose={() => setExporting(false)} />}
      <FilterPanel choices={choices} />
      {!loaded ? (
        <p className="muted">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty" data-testid="matrix-empty">
          {t('agreements.empty')}
        </p>
      ) : view.shown === 0 ? (
        <p className="empty" data-testid="matrix-none-match">
          {t('agreements.noneMatch')}
        </p>
      ) : (
        <MatrixTable items={view.items} today={today} />
      )}
    </div>
  );
}
