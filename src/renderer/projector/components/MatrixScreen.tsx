import type { ProjectionMatrixDto } from '../../../shared/ipc/events.js';
import { projectorText } from '../text.js';
import { Clock } from './Clock.js';
import { MatrixCounts } from './MatrixCounts.js';
import { MatrixTable } from './MatrixTable.js';

/**
 * A filtered agreements matrix on the wall, one page at a time: what was filtered, where the
 * page stands in the whole, the whole by status, and the page's agreements.
 */
export function MatrixScreen({ matrix }: { matrix: ProjectionMatrixDto }) {
  const t = projectorText(matrix.language);
  return (
    <main className="matrix" data-testid="projector-matrix" lang={matrix.language}>
      <header className="matrix-header">
        <div className="matrix-heading">
          <p className="matrix-mesa">{matrix.mesaName}</p>
          <h1 className="matrix-title" data-testid="projector-matrix-title">
            {matrix.title}
          </h1>
          <p className="matrix-filter">
            {matrix.filterSummary.length > 0
              ? matrix.filterSummary.map((line, i) => (
                  <span key={i} className="matrix-filter-line">
                    {line}
                  </span>
                ))
              : t.matrixNoFilter}
          </p>
        </div>
        <div className="matrix-side">
          <Clock locale={t.locale} />
          <p className="matrix-page" data-testid="projector-matrix-page">
            {t.matrixPage(matrix.page + 1, matrix.pages, matrix.total)}
          </p>
        </div>
      </header>
      <MatrixCounts counts={matrix.counts} t={t} />
      {matrix.rows.length > 0 ? <MatrixTable rows={matrix.rows} t={t} /> : <p className="matrix-empty">{t.matrixEmpty}</p>}
    </main>
  );
}
