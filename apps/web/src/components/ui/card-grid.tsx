import type { ReactNode } from 'react';

export interface CardGridProps<T> {
  items: T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Cards per row on wide screens; phones always show one (categories two). */
  columns?: 3 | 4 | 6;
  label?: string;
}

/** A responsive list of cards; CSS grid, so no layout script ships with it. */
export function CardGrid<T>({
  items,
  getKey,
  renderItem,
  columns = 3,
  label,
}: CardGridProps<T>) {
  return (
    <ul className={`qf-grid qf-grid--${columns}`} aria-label={label}>
      {items.map((item) => (
        <li key={getKey(item)} className="qf-grid__item">
          {renderItem(item)}
        </li>
      ))}
    </ul>
  );
}
