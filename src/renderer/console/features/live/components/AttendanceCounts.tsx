import { attendanceStatuses } from '../../../../../shared/domain/compliance.js';
import { useT } from '../../../../i18n/useT.js';
import { attendanceLabels } from '../liveText.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';

export function AttendanceCounts() {
  const t = useT();
  const counts = useLiveStore(liveSelectors.counts);
  if (!counts) return null;
  return (
    <div className="live-counts" data-testid="live-counts">
      <p className="live-counts-room" data-testid="live-count-room">
        {t('live.counts.inRoom', { count: counts.inRoom, citizens: counts.citizensInRoom, officials: counts.officialsInRoom })}
      </p>
      <ul className="live-counts-list">
        {attendanceStatuses.map((status) => (
          <li key={status} data-testid={`live-count-${status}`}>
            <span className="live-count-value">{counts.byStatus[status]}</span> {t(attendanceLabels[status])}
          </li>
        ))}
        <li data-testid="live-count-none" className={counts.expected > counts.recorded ? 'live-count-pending' : undefined}>
          <span className="live-count-value">{counts.expected - counts.recorded}</span> {t('live.attendance.none')}
        </li>
      </ul>
    </div>
  );
}
