import { useShallow } from 'zustand/react/shallow';
import { Tabs, type TabItem } from '../../../../components/Tabs.js';
import { useT } from '../../../../i18n/useT.js';
import type { LivePanel } from '../liveForms.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { AttendancePanel } from './AttendancePanel.js';
import { CurrentItemPanel } from './CurrentItemPanel.js';

/** The main area: the current item (Alt+P) or attendance (Alt+A). */
export function LivePanels() {
  const t = useT();
  const { panel, showPanel } = useLiveStore(useShallow(liveSelectors.panel));
  const items: TabItem<LivePanel>[] = [
    { id: 'item', label: t('live.tab.item'), testId: 'live-tab-item' },
    { id: 'attendance', label: t('live.tab.attendance'), testId: 'live-tab-attendance' },
  ];
  return (
    <main className="live-main">
      <Tabs label={t('live.panelsLabel')} items={items} current={panel} onSelect={(id) => showPanel(id)}>
        {panel === 'item' ? <CurrentItemPanel /> : <AttendancePanel />}
      </Tabs>
    </main>
  );
}
