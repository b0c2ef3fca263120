import type { ReactNode } from 'react';

export type DisclosureButtonProps = {
  expanded: boolean;
  /** The id of the region the button shows and hides. */
  controls: string;
  onToggle: () => void;
  className: string;
  children: ReactNode;
};

/** A button that folds a region: aria-expanded and aria-controls, with a ▸/▾ mark hidden from screen readers. */
export function DisclosureButton({ expanded, controls, onToggle, className, children }: DisclosureButtonProps) {
  return (
    <button type="button" aria-expanded={expanded} aria-controls={controls} onClick={onToggle} className={className}>
      <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
      {children}
    </button>
  );
}
