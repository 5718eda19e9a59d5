import type { PersonDto } from '../../../../../shared/ipc/contract.js';
import { RowButton } from '../../../../components/RowButton.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { kindLabels } from '../labels.js';

/** A citizen without a join date has not been admitted yet; anyone else inactive has left or not started. */
function statusOf(person: PersonDto): { key: MessageKey; tone: 'ok' | 'pending' | 'off' } {
  if (person.active) return { key: 'people.status.active', tone: 'ok' };
  if (person.kind === 'citizen' && person.joinedOn === null) return { key: 'people.status.applicant', tone: 'pending' };
  return { key: 'people.status.inactive', tone: 'off' };
}

export function PeopleTable({ people, onEdit }: { people: PersonDto[]; onEdit(person: PersonDto): void }) {
  const t = useT();
  if (people.length === 0) {
    return (
      <p className="empty" data-testid="people-empty">
        {t('people.empty')}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table-clickable" data-testid="people-table">
        <caption className="table-caption">{t('people.count', { count: people.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.col.name')}</th>
            <th scope="col">{t('people.col.kind')}</th>
            <th scope="col">{t('people.col.post')}</th>
            <th scope="col">{t('people.col.committees')}</th>
            <th scope="col">{t('people.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const status = statusOf(person);
            return (
              <tr key={person.id} data-testid="person-row" onClick={() => onEdit(person)}>
                <th scope="row">
                  <RowButton ariaLabel={t('people.edit', { name: person.fullName })} onOpen={() => onEdit(person)}>
                    {person.fullName}
                  </RowButton>
                </th>
                <td>{t(kindLabels[person.kind])}</td>
                <td>
                  {person.post && <span className="cell-main">{person.post}</span>}
                  {person.institution && <span className="cell-sub">{person.institution}</span>}
                </td>
                <td>{person.committees.map((c) => c.name).join(', ')}</td>
                <td>
                  <span className={`badge badge-${status.tone}`}>{t(status.key)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
