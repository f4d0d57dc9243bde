import { afterEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../../../testing/antd';
import { me, operatorMe, providerMe } from '../../../testing/fixtures';
import { mockFetch } from '../../../testing/mock-fetch';
import { renderRoute } from '../../../testing/render';
import { AccountMenu } from './account-menu';

afterEach(() => {
  vi.unstubAllGlobals();
});

// The cooperation intents' entry of the account menu, named for each kind of organisation.
describe('AccountMenu intents entry', () => {
  it.each([
    ['a company', '我的服务', me()],
    ['a provider', '服务需求', providerMe()],
    ['the operator', '合作意向', operatorMe()],
  ])('offers %s its intents as “%s”', async (_who, label, who) => {
    mockFetch(() => ({ status: 500 }));
    renderRoute(<AccountMenu />, { path: '*', url: '/', me: who });
    const user = setupUser();

    await user.click(
      screen.getByRole('button', { name: new RegExp(who.user.displayName) }),
    );

    expect(screen.getByRole('link', { name: label })).toHaveAttribute(
      'href',
      '/intents',
    );
    const others = ['我的服务', '服务需求', '合作意向'].filter(
      (l) => l !== label,
    );
    for (const other of others)
      expect(screen.queryByRole('link', { name: other })).toBeNull();
  });
});
