import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { sessionStore } from '../session/session-store';
import { queryClient } from './query-client';
import { theme } from './theme';

/**
 * Ant Design in the official's language, and the data cache, emptied at logout. An expired session keeps it: the
 * page stays under the sign-in dialog and its data is fetched again after (SessionExpiredDialog).
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  useEffect(() => sessionStore.subscribe(() => sessionStore.lastEnd() === 'logout' && queryClient.clear()), []);
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
