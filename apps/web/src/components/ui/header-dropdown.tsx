import {
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';

// Plain elements, not antd Dropdown: the header ships with every page, so it stays a few hundred bytes.

export interface HeaderDropdownProps {
  /** The BEM block of the corner (`qf-account`, `qf-bell`): the trigger is `${block}__trigger`. */
  block: string;
  /** The panel's element name under the block: `${block}__${panel}`. */
  panel: string;
  /** What the trigger shows; its text is the button's name unless `label` is given. */
  trigger: ReactNode;
  /** The button's accessible name, where the trigger is an icon. */
  label?: string;
  /** A count on the trigger (unread items); none is shown at 0, above 99 it reads 99+. */
  badge?: { count: number; testId?: string };
  /** The panel's content; `close` is for links that navigate away. */
  children: (close: () => void, open: boolean) => ReactNode;
}

/** A header corner that opens a panel: closes on a click outside and on Escape (focus back to the trigger). */
export function HeaderDropdown({
  block,
  panel,
  trigger,
  label,
  badge,
  children,
}: HeaderDropdownProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className={block} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`${block}__trigger`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {trigger}
        {badge && badge.count > 0 ? (
          <span
            className={`${block}__count`}
            aria-hidden
            data-testid={badge.testId}
          >
            {badge.count > 99 ? '99+' : badge.count}
          </span>
        ) : null}
      </button>
      <div id={panelId} className={`${block}__${panel}`} hidden={!open}>
        {children(close, open)}
      </div>
    </div>
  );
}
