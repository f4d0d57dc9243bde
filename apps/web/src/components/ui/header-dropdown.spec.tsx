import { render, screen } from '@testing-library/react';
import { setupUser } from '../../testing/antd';
import { HeaderDropdown } from './header-dropdown';

function renderDropdown(badge?: { count: number; testId?: string }) {
  return render(
    <div>
      <p>outside</p>
      <HeaderDropdown
        block="qf-demo"
        panel="menu"
        label="消息"
        trigger={<span aria-hidden>•</span>}
        badge={badge}
      >
        {(close, open) => (
          <>
            <p>{open ? 'panel open' : 'panel closed'}</p>
            <button type="button" onClick={close}>
              前往
            </button>
          </>
        )}
      </HeaderDropdown>
    </div>,
  );
}

describe('HeaderDropdown', () => {
  it('opens the panel it controls from a named button, and closes it again', async () => {
    const user = setupUser();
    renderDropdown();
    const trigger = screen.getByRole('button', { name: '消息' });
    expect(trigger).toHaveClass('qf-demo__trigger');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(
      trigger.getAttribute('aria-controls') ?? '',
    );
    expect(panel).toHaveClass('qf-demo__menu');
    expect(panel).not.toBeVisible();

    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(screen.getByText('panel open')).toBeVisible();

    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it('closes when the panel asks, on a click outside, and on Escape with focus back', async () => {
    const user = setupUser();
    renderDropdown();
    const trigger = screen.getByRole('button', { name: '消息' });

    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: '前往' }));
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    await user.click(trigger);
    await user.click(screen.getByText('outside'));
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    await user.click(trigger);
    await user.click(screen.getByText('panel open'));
    // A click inside the panel is not a click outside.
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
  });

  it('shows a count on the trigger, none at 0, and 99+ above 99', () => {
    const view = renderDropdown({ count: 0, testId: 'count' });
    expect(screen.queryByTestId('count')).toBeNull();
    view.unmount();

    const seven = renderDropdown({ count: 7, testId: 'count' });
    expect(screen.getByTestId('count')).toHaveTextContent(/^7$/);
    expect(screen.getByTestId('count')).toHaveClass('qf-demo__count');
    seven.unmount();

    renderDropdown({ count: 120, testId: 'count' });
    expect(screen.getByTestId('count')).toHaveTextContent('99+');
    // The number is for the eye; the button's name carries it for screen readers.
    expect(screen.getByRole('button', { name: '消息' })).toBeInTheDocument();
  });
});
