import type { AgreementsImportPreviewDto } from '../../../../../shared/ipc/contract.js';
import { useFormatDay } from '../../../../components/formatDay.js';
import { useT } from '../../../../i18n/useT.js';

/**
 * What the import would add besides agreements: sessions named in the file (always created, as
 * past plenaries), and committees and people nobody knows — only when the secretary ticks the box.
 */
export function ImportCreations({
  preview,
  createMissing,
  onCreateMissing,
}: {
  preview: AgreementsImportPreviewDto;
  /** As asked: the box follows the click at once, the preview follows main's answer. */
  createMissing: boolean;
  onCreateMissing(on: boolean): void;
}) {
  const t = useT();
  const day = useFormatDay();
  const lines = (l: readonly number[]) => t('agreementsImport.lines', { lines: l.join(', ') });
  const missing = preview.missingCommittees.length + preview.missingPeople.length;
  return (
    <section className="stack" aria-labelledby="agreements-import-new-title">
      <h3 id="agreements-import-new-title">{t('agreementsImport.newTitle')}</h3>
      {preview.newSessions.length === 0 && missing === 0 && <p className="muted">{t('agreementsImport.nothingNew')}</p>}
      {preview.newSessions.length > 0 && (
        <div className="panel">
          <h4 className="agr-import-subtitle">{t('agreementsImport.newSessions', { count: preview.newSessions.length })}</h4>
          <ul className="agr-import-list" data-testid="import-new-sessions">
            {preview.newSessions.map((s) => (
              <li key={s.title} data-testid="import-new-session">
                <strong>{s.title}</strong> · {day(s.date)} <span className="muted">({lines(s.lines)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {missing > 0 && (
        <div className="warning-box">
          {preview.missingCommittees.length > 0 && (
            <>
              <h4 className="agr-import-subtitle">{t('agreementsImport.missingCommittees', { count: preview.missingCommittees.length })}</h4>
              <ul className="agr-import-list" data-testid="import-missing-committees">
                {preview.missingCommittees.map((c) => (
                  <li key={c.name} data-testid="import-missing-committee">
                    <strong>{c.name}</strong> <span className="muted">({lines(c.lines)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.missingPeople.length > 0 && (
            <>
              <h4 className="agr-import-subtitle">{t('agreementsImport.missingPeople', { count: preview.missingPeople.length })}</h4>
              <ul className="agr-import-list" data-testid="import-missing-people">
                {preview.missingPeople.map((p) => (
                  <li key={p.name} data-testid="import-missing-person">
                    <strong>{p.name}</strong> <span className="muted">({lines(p.lines)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <label className="check">
            <input
              type="checkbox"
              data-testid="import-create-missing"
              checked={createMissing}
              onChange={(e) => onCreateMissing(e.target.checked)}
            />
            {t('agreementsImport.createMissing')}
          </label>
          <p className="field-hint">{t('agreementsImport.createMissingHint')}</p>
        </div>
      )}
    </section>
  );
}
