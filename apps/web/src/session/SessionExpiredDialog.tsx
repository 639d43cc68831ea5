import { Modal } from 'antd';
import { queryClient } from '../app/query-client';
import { useT } from '../i18n/i18n-context';
import { LoginForm } from './LoginForm';

/**
 * The session ended under the official's feet (the API answered 401): sign in again over the page, so a
 * half-filled form is still there afterwards; the page's data then loads again.
 */
export default function SessionExpiredDialog() {
  const t = useT();
  return (
    <Modal open title={t('login.heading')} footer={null} closable={false} maskClosable={false} keyboard={false} destroyOnHidden>
      <LoginForm autoFocus notice="login.sessionExpired" onSignedIn={() => void queryClient.invalidateQueries()} />
    </Modal>
  );
}
