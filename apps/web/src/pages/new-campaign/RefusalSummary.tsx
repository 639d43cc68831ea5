import { Alert } from 'antd';
import type { FieldRefusal } from '../../api/refusal';
import { useT } from '../../i18n/i18n-context';

export interface ShownRefusal {
  message: string;
  /** Messages no field of the form shows: listed here with the path they name. */
  unmapped: FieldRefusal[];
  /** How many were shown on their fields. */
  onFields: number;
}

/** Above the form: what was refused, what is marked on the fields, and whatever no field can show. */
export function RefusalSummary({ refusal }: { refusal: ShownRefusal }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="plan-refusal"
      message={refusal.message}
      description={
        <>
          {refusal.onFields > 0 && <p>{t('newCampaign.refusal.onFields', { count: refusal.onFields })}</p>}
          {refusal.unmapped.length > 0 && (
            <ul className="plan-refusal__list">
              {refusal.unmapped.map((item) => (
                <li key={`${item.path}|${item.message}`}>
                  {item.path && <code>{item.path}</code>} {item.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
