import { useT } from '../../../../i18n/useT.js';

/** Progress as a bar and its number; the number is what is read aloud. */
export function ProgressValue({ value }: { value: number }) {
  const t = useT();
  return (
    <span className="agr-progress">
      <span className="agr-progress-track" aria-hidden="true">
        <span className="agr-progress-bar" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
      <span className="agr-progress-number">{t('common.percent', { value })}</span>
    </span>
  );
}
