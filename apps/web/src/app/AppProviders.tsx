import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { sessionStore } from '../session/session-store';
import { queryClient } from './query-client';

const theme = { token: { colorPrimary: '#a50e0e', borderRadius: 4 } };

/** Ant Design in the official's language, and the data cache, which is emptied when the session ends. */
export function AppProviders({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  useEffect(() => sessionStore.subscribe(() => sessionStore.token() || queryClient.clear()), []);
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
