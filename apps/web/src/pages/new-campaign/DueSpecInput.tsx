import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import type { FieldName } from './field-paths';
import type { DueKind } from './plan-form-model';

const KINDS: DueKind[] = ['date', 'workingDaysAfter', 'announcedLater', 'durationAfter', 'instant'];
const DATE_FORMAT = 'DD/MM/YYYY';

export interface AnchorOption {
  value: string;
  label: string;
}

interface Props {
  /** The spec's name inside the enclosing Form.List (antd prefixes it), and in the whole form (to read its kind). */
  name: FieldName;
  path: FieldName;
  anchors: AnchorOption[];
  /** An opening cannot be announced later: the validator refuses it. */
  opening?: boolean;
}

// The plan keeps a date as "YYYY-MM-DD" (a calendar date, no time zone); the picker shows it as dd/mm/yyyy.
const asPickerValue = (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null });
const fromPicker = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined);

/** One DueDateSpec: how it is counted, then the inputs of that kind. */
export function DueSpecInput({ name, path, anchors, opening = false }: Props) {
  const t = useT();
  const kinds = opening ? KINDS.filter((kind) => kind !== 'announcedLater') : KINDS;
  return (
    <div className="due-spec">
      <Form.Item name={[...name, 'kind']} label={t('newCampaign.due.kind')} className="due-spec__kind">
        <Select options={kinds.map((kind) => ({ value: kind, label: t(`newCampaign.due.kind.${kind}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={[[...path, 'kind']]}>
        {({ getFieldValue }) => {
          switch (getFieldValue([...path, 'kind']) as DueKind) {
            case 'date':
              return (
                // No clear icon: antd draws it as an unnamed role="button"; a date is replaced by typing or picking another.
                <Form.Item name={[...name, 'date']} label={t('newCampaign.due.date')} getValueProps={asPickerValue} normalize={fromPicker}>
                  <DatePicker format={DATE_FORMAT} allowClear={false} />
                </Form.Item>
              );
            case 'workingDaysAfter':
              return (
                <>
                  <Form.Item name={[...name, 'days']} label={t('newCampaign.due.days')} className="due-spec__days">
                    <InputNumber precision={0} />
                  </Form.Item>
                  <Form.Item name={[...name, 'anchor']} label={t('newCampaign.due.anchor')} className="due-spec__anchor">
                    <Select options={anchors} popupMatchSelectWidth={false} />
                  </Form.Item>
                </>
              );
            case 'durationAfter':
              return (
                <>
                  <Form.Item name={[...name, 'duration']} label={t('newCampaign.due.duration')} className="due-spec__days">
                    <Input placeholder={t('newCampaign.due.durationExample')} />
                  </Form.Item>
                  <Form.Item name={[...name, 'anchor']} label={t('newCampaign.due.anchor')} className="due-spec__anchor">
                    <Select options={anchors} popupMatchSelectWidth={false} />
                  </Form.Item>
                </>
              );
            case 'instant':
              return (
                <Form.Item name={[...name, 'at']} label={t('newCampaign.due.at')}>
                  <Input placeholder={t('newCampaign.due.atExample')} />
                </Form.Item>
              );
            default:
              return null;
          }
        }}
      </Form.Item>
    </div>
  );
}
