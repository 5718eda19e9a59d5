import { useShallow } from 'zustand/react/shallow';
import { assertNever } from '../../../../../shared/domain/assertNever.js';
import { Tabs, type TabItem } from '../../../../components/Tabs.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { ComplianceTab } from '../../compliance/components/ComplianceTab.js';
import { ImportTab } from '../../people/components/ImportTab.js';
import { PeopleTab } from '../../people/components/PeopleTab.js';
import { RolesTab } from '../../roles/components/RolesTab.js';
import { RulesTab } from '../../rules/components/RulesTab.js';
import { VotesTab } from '../../votes/components/VotesTab.js';
import { shellSelectors } from '../selectors/shellSelectors.js';
import { membersTabs, useShellStore, type MembersTab } from '../store/shellStore.js';

const tabLabels: Record<MembersTab, MessageKey> = {
  personas: 'members.tab.personas',
  cargos: 'members.tab.cargos',
  votaciones: 'members.tab.votaciones',
  asistencia: 'members.tab.asistencia',
  reglas: 'members.tab.reglas',
  importar: 'members.tab.importar',
};

function tabContent(tab: MembersTab) {
  switch (tab) {
    case 'personas':
      return <PeopleTab />;
    case 'cargos':
      return <RolesTab />;
    case 'votaciones':
      return <VotesTab />;
    case 'asistencia':
      return <ComplianceTab />;
    case 'reglas':
      return <RulesTab />;
    case 'importar':
      return <ImportTab />;
    default:
      return assertNever(tab);
  }
}

export function MembersSection() {
  const t = useT();
  const { tab, goMembersTab } = useShellStore(useShallow(shellSelectors.membersTab));
  const items: TabItem<MembersTab>[] = membersTabs.map((id) => ({ id, label: t(tabLabels[id]), testId: `tab-${id}` }));
  return (
    <section className="section" data-testid="section-miembros">
      <h1>{t('section.miembros')}</h1>
      <Tabs label={t('members.tabsLabel')} items={items} current={tab} onSelect={goMembersTab}>
        {tabContent(tab)}
      </Tabs>
    </section>
  );
}
