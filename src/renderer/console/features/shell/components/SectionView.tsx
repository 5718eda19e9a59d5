import { assertNever } from '../../../../../shared/domain/assertNever.js';
import { AgreementsSection } from '../../agreements/components/AgreementsSection.js';
import { CommitteesSection } from '../../committees/components/CommitteesSection.js';
import { IndicatorsSection } from '../../indicators/components/IndicatorsSection.js';
import { shellSelectors } from '../selectors/shellSelectors.js';
import { useShellStore } from '../store/shellStore.js';
import { SessionsSection } from '../../sessions/components/SessionsSection.js';
import { MembersSection } from './MembersSection.js';
import { Summary } from './Summary.js';

export function SectionView() {
  const section = useShellStore(shellSelectors.section);
  switch (section) {
    case 'resumen':
      return <Summary />;
    case 'miembros':
      return <MembersSection />;
    case 'comites':
      return <CommitteesSection />;
    case 'sesiones':
      return <SessionsSection />;
    case 'acuerdos':
      return <AgreementsSection />;
    case 'indicadores':
      return <IndicatorsSection />;
    default:
      return assertNever(section);
  }
}
