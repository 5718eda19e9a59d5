import type { ReactNode } from 'react';

interface RowButtonProps {
  ariaLabel?: string;
  onOpen(): void;
  children: ReactNode;
}

/**
 * The first cell's button of a clickable table row: the row opens on a mouse click, the button
 * is the way in for the keyboard and screen readers. It stops its click there so the row does
 * not open a second time.
 */
export function RowButton({ ariaLabel, onOpen, children }: RowButtonProps) {
  return (
    <button
      type="button"
      className="row-button"
      aria-label={ariaLabel}
      onClick={(event) => {
        event.stopPropagation();
        onOpen();
      }}
    >
      {children}
    </button>
  );
}
