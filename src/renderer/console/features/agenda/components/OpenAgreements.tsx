import type { OpenAgreementDto } from '../../../../../shared/ipc/contract.js';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';

/** The follow-up item's reading: open agreements of earlier plenaries, as they stand; the text gets the full width. */
export function OpenAgreements({ agreements }: { agreements: readonly OpenAgreementDto[] }) {
  const t = useT();
  if (agreements.length === 0) return <p className="muted agenda-agreements-none">{t('agenda.noOpenAgreements')}</p>;
  return (
    <section className="agenda-agreements" aria-label={t('agenda.openAgreementsTitle', { count: agreements.length })}>
      <h4 className="agenda-agreements-title">{t('agenda.openAgreementsTitle', { count: agreements.length })}</h4>
      <ul className="agreement-list" data-testid="agenda-open-agreements">
        {agreements.map((a) => (
          <li key={a.id} className="agreement" data-testid="agenda-open-agreement">
            <div className="agreement-head">
              <span className="mono agreement-code">{a.code}</span>
              <span className={a.status === 'en_proceso' ? 'badge badge-info' : 'badge badge-pending'}>
                {t(a.status === 'en_proceso' ? 'agreementStatus.en_proceso' : 'agreementStatus.pendiente')}
              </span>
              <span className="agreement-progress">{t('agenda.agreement.progressValue', { value: a.progress })}</span>
              <span className="agreement-due">
                {a.dueOn ? (
                  <>
                    {t('agenda.agreement.dueOn')} <Day value={a.dueOn} />
                  </>
                ) : (
                  t('agenda.agreement.noDue')
                )}
              </span>
            </div>
            <p className="agreement-text">{a.text}</p>
            <p className="agreement-origin">
              {a.sessionTitle}
              {a.committeeName && ` · ${a.committeeName}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
