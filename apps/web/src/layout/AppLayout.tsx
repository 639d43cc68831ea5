import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { HeaderBar } from './HeaderBar';
import { MainNavigation } from './MainNavigation';

export default function AppLayout() {
  return (
    <Layout className="app-layout">
      <HeaderBar />
      <MainNavigation />
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
