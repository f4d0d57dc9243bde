import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../testing/render';
import { ServiceSearchBox } from './service-search-box';

describe('ServiceSearchBox', () => {
  it('opens the service list with the keyword', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<ServiceSearchBox />, {
      path: '/',
      url: '/',
    });

    await user.type(screen.getByLabelText('搜索服务'), '  专利申请 ');
    await user.click(screen.getByRole('button', { name: '搜索' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/services'),
    );
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(
      '专利申请',
    );
  });

  it('opens the whole list when submitted empty', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<ServiceSearchBox />, {
      path: '/',
      url: '/',
    });

    await user.type(
      screen.getByRole('searchbox', { name: '搜索服务' }),
      '{Enter}',
    );

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/services'),
    );
    expect(router.state.location.search).toBe('');
  });
});
