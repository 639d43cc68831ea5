import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select, type SelectProps } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { newRequestId } from '../../actions/use-request-id';
import { ActionRefused } from '../../api/action-queries';
import { useCreateAwardDossier, type AwardFormView } from '../../api/award-queries';
import { refusalOf, type FieldRefusal } from '../../api/refusal';
import { awardDossierPath } from '../../app/paths';
import { toVietnamWallClock } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { nomineeKindKey } from './award-labels';
import {
  dossierBodyOf,
  IDENTITY_FIELDS,
  newRow,
  NOMINEE_KINDS,
  placeDossierRefusal,
  type DossierFormValues,
  type FieldName,
  type IdentityField,
  type NomineeKind,
} from './dossier-form';

interface Props {
  campaignId: string;
  /** The campaign's year: the year the achievements belong to unless the unit says otherwise. */
  year: number;
  /** The award forms the plan offers and the catalogue has. */
  offered: readonly AwardFormView[];
}

interface ShownRefusal {
  message: string;
  unplaced: FieldRefusal[];
  onFields: number;
}

const IDENTITY_LABELS: Record<NomineeKind, Partial<Record<IdentityField, MessageKey>>> = {
  individual: { fullName: 'awards.new.field.fullName', personalId: 'awards.new.field.personalId', position: 'awards.new.field.position' },
  collective: { name: 'awards.new.field.collectiveName', unitCode: 'awards.new.field.unitCode' },
  household: { headFullName: 'awards.new.field.headFullName', address: 'awards.new.field.address' },
  enterprise: { name: 'awards.new.field.enterpriseName', taxCode: 'awards.new.field.taxCode', address: 'awards.new.field.address' },
};

const IDENTITY_HINTS: Partial<Record<IdentityField, MessageKey>> = {
  personalId: 'awards.new.personalIdHint',
  taxCode: 'awards.new.taxCodeHint',
};

/** The position is the one identity field the award rules do not ask for. */
const OPTIONAL_FIELDS: readonly IdentityField[] = ['position'];

/** Today on Vietnam's clock, as a date input's value: a meeting cannot be held after the list is sent. */
const today = () => toVietnamWallClock(new Date()).slice(0, 10);

/**
 * The list's form: the award form, the year, the selection meeting's minutes and the names, each with the identity
 * fields of its kind. The API checks it against the catalogue, the plan and the award history; each problem it finds
 * is shown on the field it names, the rest above the form. Creating a list carries no request id, so the form itself
 * sends it once: a second click while the first is on its way does nothing.
 */
export function DossierForm({ campaignId, year, offered }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<DossierFormValues>();
  const create = useCreateAwardDossier(campaignId);
  const sending = useRef(false);
  // One id for this list: sent again after a lost answer, the API returns the dossier it made, never a second one.
  const requestId = useRef(newRequestId());
  const marked = useRef<FieldName[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<ShownRefusal | null>(null);
  const awardKey = Form.useWatch('awardKey', form);
  const kinds = offered.find((candidate) => candidate.key === awardKey)?.nomineeKinds ?? NOMINEE_KINDS;

  const show = (text: string, problems: readonly FieldRefusal[]) => {
    const placed = placeDossierRefusal(problems, form.getFieldsValue(true) as DossierFormValues);
    // Names are built from the API's paths at run time, which antd's typed name paths cannot follow.
    form.setFields([...marked.current.map((name) => ({ name, errors: [] as string[] })), ...placed.fields] as never);
    marked.current = placed.fields.map((field) => field.name);
    setRefusal({ message: text, unplaced: placed.unplaced, onFields: placed.fields.length });
    const first = placed.fields[0]?.name;
    // The first marked field when there is one (focus follows, for keyboards and screen readers), else the summary.
    if (first)
      setTimeout(() => {
        form.scrollToField(first as never, { block: 'center' });
        form.focusField(first as never);
      }, 0);
    else summary.current?.scrollIntoView({ block: 'center' });
  };

  const send = (values: DossierFormValues) => {
    if (sending.current) return;
    if (!values.nominations?.length) return show(t('awards.new.noRows'), []);
    sending.current = true;
    setRefusal(null);
    create.mutate(
      { ...dossierBodyOf(values), requestId: requestId.current },
      {
        onSuccess: (dossier) => {
          void message.success(t('awards.new.created'));
          void navigate(awardDossierPath(dossier.id));
        },
        onError: (error) => {
          const read =
            error instanceof ActionRefused
              ? refusalOf(error.status, error.body, t(error.status === 0 ? 'actions.refused.unreachable' : 'awards.new.failed'))
              : { message: t('awards.new.failed'), fields: [] };
          show(read.message, read.fields);
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  // A row of a kind the chosen award form does not go to takes the form's first kind.
  const onValuesChange = (changed: DossierFormValues, all: DossierFormValues) => {
    if (!('awardKey' in changed)) return;
    const allowed = offered.find((candidate) => candidate.key === changed.awardKey)?.nomineeKinds ?? NOMINEE_KINDS;
    (all.nominations ?? []).forEach((row, index) => {
      if (row?.nominee?.kind && !allowed.includes(row.nominee.kind))
        form.setFieldValue(['nominations', index, 'nominee', 'kind'], allowed[0]);
    });
  };

  const initialKey = offered.length === 1 ? offered[0].key : undefined;
  return (
    <Form<DossierFormValues>
      form={form}
      name="dossier"
      layout="vertical"
      onFinish={send}
      onValuesChange={onValuesChange}
      scrollToFirstError={{ block: 'center' }}
      initialValues={{
        awardKey: initialKey,
        year,
        minutes: {},
        nominations: [newRow(offered.find((candidate) => candidate.key === initialKey)?.nomineeKinds ?? NOMINEE_KINDS)],
      }}
      data-testid="dossier-form"
    >
      <div ref={summary}>
        {refusal && (
          <Alert
            type="error"
            showIcon
            role="alert"
            message={refusal.message}
            style={{ marginBottom: 16 }}
            data-testid="dossier-refusal"
            description={
              refusal.onFields || refusal.unplaced.length ? (
                <>
                  {refusal.onFields > 0 && <p>{t('awards.new.onFields', { count: refusal.onFields })}</p>}
                  {refusal.unplaced.length > 0 && (
                    <ul className="awards-page__plain-list">
                      {refusal.unplaced.map((item) => (
                        <li key={`${item.path}|${item.message}`}>{item.message}</li>
                      ))}
                    </ul>
                  )}
                </>
              ) : undefined
            }
          />
        )}
      </div>
      <div className="dossier-form__grid">
        <Form.Item name="awardKey" label={t('awards.new.award')} rules={[{ required: true, message: t('awards.new.awardRequired') }]}>
          <PlainSelect
            placeholder={t('awards.new.awardPlaceholder')}
            options={offered.map((candidate) => ({ value: candidate.key, label: candidate.name }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item name="year" label={t('awards.new.year')}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>

      <fieldset className="dossier-form__fieldset">
        <legend className="dossier-form__legend">{t('awards.new.minutes')}</legend>
        <div className="dossier-form__grid">
          <Form.Item
            name={['minutes', 'heldOn']}
            label={t('awards.new.heldOn')}
            rules={[{ required: true, message: t('awards.new.heldOnRequired') }]}
          >
            <Input type="date" max={today()} style={{ maxWidth: 220 }} />
          </Form.Item>
          <Form.Item
            name={['minutes', 'members']}
            label={t('awards.new.members')}
            rules={[{ required: true, message: t('awards.new.countRequired') }]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name={['minutes', 'present']}
            label={t('awards.new.present')}
            dependencies={[['minutes', 'members']]}
            rules={[
              { required: true, message: t('awards.new.countRequired') },
              ({ getFieldValue }) => ({
                validator: (_, present: number | null | undefined) => {
                  const members = getFieldValue(['minutes', 'members']) as number | null | undefined;
                  return typeof present === 'number' && typeof members === 'number' && present > members
                    ? Promise.reject(new Error(t('awards.act.presentTooMany')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </fieldset>

      <fieldset className="dossier-form__fieldset">
        <legend className="dossier-form__legend">{t('awards.new.names')}</legend>
        <Form.List name="nominations">
          {(fields, { add, remove }) => (
            <>
              <div className="dossier-form__rows">
                {fields.map((field, index) => (
                  <NominationRow
                    key={field.key}
                    name={field.name}
                    index={index}
                    kinds={kinds}
                    onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
                  />
                ))}
              </div>
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add(newRow(kinds))} block>
                {t('awards.new.addRow')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>

      <div className="dossier-form__submit">
        <Button type="primary" htmlType="submit" icon={<SendOutlined aria-hidden />} loading={create.isPending}>
          {t('awards.new.submit')}
        </Button>
        <span>{t('awards.new.submitHint')}</span>
      </div>
    </Form>
  );
}

function NominationRow(props: { name: number; index: number; kinds: readonly NomineeKind[]; onRemove?: () => void }) {
  const t = useT();
  const { name, index, kinds, onRemove } = props;
  const kind = (Form.useWatch(['nominations', name, 'nominee', 'kind']) as NomineeKind | undefined) ?? kinds[0] ?? 'individual';
  const withInitiative = Form.useWatch(['nominations', name, 'withInitiative']) as boolean | undefined;
  const title = t('awards.new.row', { n: index + 1 });
  const required = { required: true, whitespace: true, message: t('awards.new.required') };
  return (
    <Card
      size="small"
      title={title}
      role="group"
      aria-label={title}
      data-testid={`nomination-row-${index}`}
      extra={
        onRemove && (
          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={onRemove}>
            {t('awards.new.removeRow', { n: index + 1 })}
          </Button>
        )
      }
    >
      <Form.Item name={[name, 'nominee', 'kind']} label={t('awards.new.kind')}>
        <Radio.Group aria-label={t('awards.new.kind')} options={kinds.map((value) => ({ value, label: t(nomineeKindKey(value)) }))} />
      </Form.Item>
      <div className="dossier-form__grid">
        {IDENTITY_FIELDS[kind].map((field) => (
          <Form.Item
            key={`${kind}-${field}`}
            name={[name, 'nominee', field]}
            label={t(IDENTITY_LABELS[kind][field]!)}
            extra={IDENTITY_HINTS[field] && t(IDENTITY_HINTS[field])}
            rules={OPTIONAL_FIELDS.includes(field) ? [] : [required]}
          >
            <Input maxLength={field === 'personalId' || field === 'taxCode' ? 20 : 300} autoComplete="off" />
          </Form.Item>
        ))}
      </div>
      <Form.Item name={[name, 'achievements']} label={t('awards.new.achievements')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name={[name, 'withInitiative']} valuePropName="checked">
        <Checkbox>{t('awards.new.withInitiative')}</Checkbox>
      </Form.Item>
      {withInitiative && (
        <div className="dossier-form__grid">
          <Form.Item name={[name, 'initiative', 'title']} label={t('awards.new.initiativeTitle')} rules={[required]}>
            <Input maxLength={500} autoComplete="off" />
          </Form.Item>
          <Form.Item name={[name, 'initiative', 'recognisedBy']} label={t('awards.new.initiativeRecognisedBy')}>
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
        </div>
      )}
    </Card>
  );
}

/**
 * Form.Item marks a required control `aria-required`, which Select puts on its container, where ARIA does not allow it
 * (axe: aria-allowed-attr). The field's label, its mark and its message still say it is required.
 */
function PlainSelect({ 'aria-required': _required, ...props }: SelectProps & { 'aria-required'?: unknown }) {
  return <Select {...props} />;
}
