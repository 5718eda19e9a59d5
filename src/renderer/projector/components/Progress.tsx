/** A progress bar with its percentage; the bar takes the row's status colour from the stylesheet. */
export function Progress({ value, percent, className }: { value: number; percent: Intl.NumberFormat; className?: string }) {
  return (
    <span className={className === undefined ? 'progress' : `progress ${className}`}>
      <span className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress-value">{percent.format(value / 100)}</span>
    </span>
  );
}
