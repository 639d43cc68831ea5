import { Radio, Typography } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { ActingChoice } from './acting-choices';

/** Whether the official acts on the dossier in their own capacity or in a leader's place under their delegation (TUQ.). */
export function ActingCapacityChoice({
  choices,
  value,
  onChange,
}: {
  choices: readonly ActingChoice[];
  value: string;
  onChange: (key: string) => void;
}) {
  const t = useT();
  const label = t('awards.act.capacity');
  return (
    <div style={{ marginBottom: 16 }} data-testid="dossier-acting-capacity">
      <Typography.Text strong>{label}</Typography.Text>
      <div>
        <Radio.Group
          aria-label={label}
          value={value}
          onChange={(event) => onChange(event.target.value as string)}
          options={choices.map((choice) => ({
            value: choice.key,
            label: choice.delegation ? t('awards.act.capacityFor', { name: choice.delegation.from.fullName }) : t('awards.act.capacityOwn'),
          }))}
        />
      </div>
    </div>
  );
}
