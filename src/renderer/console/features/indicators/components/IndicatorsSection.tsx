import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { assertNever } from '../../../../../shared/domain/assertNever.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Tabs, type TabItem } from '../../../../components/Tabs.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText } from '../indicatorText.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { indicatorsTabs, useIndicatorsStore, type IndicatorsTab } from '../store/indicatorsStore.js';
import { IndicatorsBoard } from './IndicatorsBoard.js';
import { IndicatorsImport } from './IndicatorsImport.js';
import { ValuesTab } from './ValuesTab.js';

const tabLabels: Record<IndicatorsTab, MessageKey> = {
  tablero: 'indicators.tab.tablero',
  valores: 'indicators.tab.valores',
  importar: 'indicators.tab.importar',
};

/** Indicadores: what the Comité de indicadores presents at every plenary, against the Mesa's goals. */
export function IndicatorsSection() {
  const t = useT();
  const load = useIndicatorsStore(indicatorsSelectors.load);
  const { tab, setTab, error, loaded } = useIndicatorsStore(useShallow(indicatorsSelectors.section));
  useEffect(() => {
    void load();
  }, [load]);

  function content() {
    switch (tab) {
      case 'tablero':
        return <IndicatorsBoard />;
      case 'valores':
        return <ValuesTab />;
      case 'importar':
        return <IndicatorsImport />;
      default:
        return assertNever(tab);
    }
  }

  const items: TabItem<IndicatorsTab>[] = indicatorsTabs.map((id) => ({ id, label: t(tabLabels[id]), testId: `indicators-tab-${id}` }));
  return (
    <section className="section indicators-section" data-testid="section-indicadores">
      <h1>{t('section.indicadores')}</h1>
      <ErrorMessage text={error && refusalText(t, error)} />
      {!loaded ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <Tabs label={t('indicators.tabsLabel')} items={items} current={tab} onSelect={setTab}>
          {content()}
        </Tabs>
      )}
    </section>
  );
}
