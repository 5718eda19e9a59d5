import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { exportKindText, formatInstant, groupedHash, upperFirst } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';

/** Every file written from these minutes, newest first, with the fingerprint that verifies it. */
export function ExportsLog() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const exports = useMinutesStore(minutesSelectors.exportsLog);
  if (!exports) return null;
  return (
    <section className="panel" aria-labelledby="minutes-exports-title">
      <h3 id="minutes-exports-title">{t('minutes.exports.title')}</h3>
      {exports.length === 0 ? (
        <p className="muted">{t('minutes.exports.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table minutes-exports" data-testid="minutes-exports">
            <thead>
              <tr>
                <th scope="col">{t('minutes.exports.filename')}</th>
                <th scope="col">{t('minutes.exports.kind')}</th>
                <th scope="col">{t('minutes.exports.at')}</th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {exports.map((e) => (
                <tr key={e.id} data-testid="minutes-export-row">
                  <td>{e.filename}</td>
                  <td>{upperFirst(exportKindText(t, e.kind))}</td>
                  <td className="minutes-exports-at">{formatInstant(language, e.at)}</td>
                  <td className="mono minutes-hash" title={e.sha256}>
                    {groupedHash(e.sha256)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
