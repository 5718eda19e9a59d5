import type { OpenAgreementDto } from '../../../../../shared/ipc/contract.js';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';

/** The follow-up item's reading: open agreements of earlier plenaries, as they stand. */
export function OpenAgreements({ agreements }: { agreements: readonly OpenAgreementDto[] }) {
  const t = useT();
  if (agreements.length === 0) return <p className="muted agenda-agreements-none">{t('agenda.noOpenAgreements')}</p>;
  return (
    <div className="table-wrap agenda-agreements">
      <table className="table" data-testid="agenda-open-agreements">
        <caption className="table-caption">{t('agenda.openAgreementsTitle', { count: agreements.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.agreement.code')}</th>
            <th scope="col">{t('agenda.agreement.text')}</th>
            <th scope="col">{t('agenda.agreement.status')}</th>
            <th scope="col" className="num">
              {t('agenda.agreement.progress')}
            </th>
            <th scope="col">{t('agenda.agreement.due')}</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => (
            <tr key={a.id} data-testid="agenda-open-agreement">
              <th scope="row" className="mono">
                {a.code}
              </th>
              <td>
                {a.text}
                <span className="cell-sub">
                  {a.sessionTitle}
                  {a.committeeName && ` · ${a.committeeName}`}
                </span>
              </td>
              <td>
                <span className={a.status === 'en_proceso' ? 'badge badge-info' : 'badge badge-pending'}>
                  {t(a.status === 'en_proceso' ? 'agreementStatus.en_proceso' : 'agreementStatus.pendiente')}
                </span>
              </td>
              <td className="num">{t('common.percent', { value: a.progress })}</td>
              <td>{a.dueOn ? <Day value={a.dueOn} /> : <span className="muted">{t('agenda.agreement.noDue')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
