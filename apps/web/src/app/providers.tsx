import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import { antdLocaleFor } from '../i18n';
import { useAppLanguage } from '../i18n/use-app-language';
import { createQueryClient } from '../lib/query-client';

// 梧桐 green: readable on white (contrast > 4.5:1) and calm next to the category colours.
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0e7c66',
    colorLink: '#0e7c66',
    colorInfo: '#0e7c66',
    // Grey text readable on white and on antd's light fills (WCAG AA, 4.5:1): antd's defaults
    // (45% and 25% black) give breadcrumbs, form hints, legends, description labels, step titles
    // and placeholders about 3:1 and 1.6:1.
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // Danger buttons and error text: antd's #ff4d4f is 3.3:1 on white; red-7 reads at 5.6:1.
    colorError: '#cf1322',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};

export interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own client so every test starts with an empty cache. */
  queryClient?: QueryClient;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const language = useAppLanguage();

  return (
    <QueryClientProvider client={client}>
      <ConfigProvider
        locale={antdLocaleFor(language)}
        theme={appTheme}
        // "搜 索": antd spaces out two-character Chinese labels; our copy is written as meant.
        button={{ autoInsertSpace: false }}
      >
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
