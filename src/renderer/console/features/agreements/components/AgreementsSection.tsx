import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { assertNever } from '../../../../../shared/domain/assertNever.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Tabs, type TabItem } from '../../../../components/Tabs.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText } from '../agreementText.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { agreementsTabs, useAgreementsStore, type AgreementsTab } from '../store/agreementsStore.js';
import { AgreementDetail } from './AgreementDetail.js';
import { CommitteeAgreements } from './CommitteeAgreements.js';
import { ImportScreen } from './ImportScreen.js';
import { MatrixScreen } from './MatrixScreen.js';

const tabLabels: Record<AgreementsTab, MessageKey> = {
  matriz: 'agreements.tab.matriz',
  comite: 'agreements.tab.comite',
  importar: 'agreements.tab.importar',
};

/** Acuerdos: the matrix (the technical secretary's work agenda, 2.7.4), a committee's list, and the import. */
export function AgreementsSection() {
  const t = useT();
  const load = useAgreementsStore(agreementsSelectors.load);
  const { tab, setTab, detailId, error } = useAgreementsStore(useShallow(agreementsSelectors.section));
  useEffect(() => {
    void load();
  }, [load]);

  function content() {
    switch (tab) {
      case 'matriz':
        return detailId === null ? <MatrixScreen /> : <AgreementDetail key={detailId} />;
      case 'comite':
        return <CommitteeAgreements />;
      case 'importar':
        return <ImportScreen />;
      default:
        return assertNever(tab);
    }
  }

  const items: TabItem<AgreementsTab>[] = agreementsTabs.map((id) => ({ id, label: t(tabLabels[id]), testId: `agreements-tab-${id}` }));
  return (
    <section className="section agreements-section" data-testid="section-acuerdos">
      <h1>{t('section.acuerdos')}</h1>
      <ErrorMessage text={error && refusalText(t, error, 'agreements.refused')} />
      <Tabs label={t('agreements.tabsLabel')} items={items} current={tab} onSelect={setTab}>
        {content()}
      </Tabs>
    </section>
  );
}
