import type { Capacity } from '@tdkt/domain';
import { Form, Radio } from 'antd';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { capacityValue } from './capacity';

export const capacityLabelKey = (capacity: Capacity): MessageKey => `actions.capacity.${capacity ?? 'own'}` as MessageKey;

/** The capacities the rules allow this official, and only those; the first is preselected. */
export function CapacityField({ capacities }: { capacities: readonly Capacity[] }) {
  const t = useT();
  if (!capacities.length) return null;
  const label = t('actions.capacity.label');
  return (
    <Form.Item name="capacity" label={label} initialValue={capacityValue(capacities[0])} extra={t('actions.capacity.hint')}>
      <Radio.Group aria-label={label} options={capacities.map((c) => ({ value: capacityValue(c), label: t(capacityLabelKey(c)) }))} />
    </Form.Item>
  );
}
