/**
 * "Vencido" as the room reads it: the word in a filled box with a square, the shape of the
 * countdown's "over time", so that it is told by more than its red.
 */
export function OverdueMark({ label }: { label: string }) {
  return (
    <span className="overdue-mark">
      <span className="overdue-icon" aria-hidden="true" />
      {label}
    </span>
  );
}
