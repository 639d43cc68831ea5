import { Alert } from 'antd';
import { useT } from '../i18n/i18n-context';

/** The API's refusal that concerns no single field, above the form that was refused. */
export function RefusalAlert({ message }: { message: string | null }) {
  const t = useT();
  if (!message) return null;
  return (
    <Alert
      type="error"
      showIcon
      message={t('actions.refused.title')}
      description={message}
      style={{ marginBottom: 16 }}
      data-testid="action-refusal"
    />
  );
}
