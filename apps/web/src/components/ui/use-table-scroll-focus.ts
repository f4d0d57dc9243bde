import { useEffect, useRef } from 'react';
import type { TableRef } from 'antd/es/table';

/**
 * A wide table scrolls sideways inside antd's own `.ant-table-content` (phones, `scroll.x`),
 * which keyboard users cannot reach (WCAG 2.1.1; axe: scrollable-region-focusable). antd has
 * no prop for that element, so once rendered it becomes a named, focusable region here.
 */
export function useTableScrollFocus(label: string) {
  const ref = useRef<TableRef>(null);
  useEffect(() => {
    const scroller = ref.current?.nativeElement?.querySelector<HTMLElement>(
      '.ant-table-content, .ant-table-body',
    );
    if (!scroller) return;
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', label);
  });
  return ref;
}
