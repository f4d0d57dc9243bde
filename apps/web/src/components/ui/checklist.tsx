import type { ReactNode } from 'react';
import { CheckCircleOutlined } from '@ant-design/icons';

/** A service's deliverables, ticked; `empty` stands in when there are none. */
export function Checklist({
  items,
  empty,
}: {
  items: string[];
  empty: ReactNode;
}) {
  if (items.length === 0) return <p className="qf-muted">{empty}</p>;
  return (
    <ul className="qf-checklist">
      {items.map((item, index) => (
        // Deliverables may repeat; the index keeps the keys apart.
        <li key={`${index}-${item}`}>
          <CheckCircleOutlined className="qf-checklist__icon" aria-hidden />
          <span>{item}</span>
        </li>
      ))}
    </ul>
  );
}
