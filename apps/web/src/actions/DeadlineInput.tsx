import { Input } from 'antd';
import type { ChangeEvent } from 'react';

/**
 * A date and time on Vietnam's clock (YYYY-MM-DDTHH:mm), typed in the browser's own date-time control: a phone shows
 * its native picker. Controlled by Form.Item.
 */
export function DeadlineInput(props: { id?: string; value?: string; onChange?: (value: string) => void; min?: string }) {
  const { id, value, onChange, min } = props;
  return (
    <Input
      id={id}
      type="datetime-local"
      value={value}
      min={min}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value)}
      style={{ maxWidth: 260 }}
    />
  );
}
