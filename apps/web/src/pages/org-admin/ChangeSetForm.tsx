import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Radio, Space, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { RefusedRequest } from '../../api/new-campaign-queries';
import {
  useApplyOrgChanges,
  usePreviewOrgChanges,
  type OrgChangeCreated,
  type OrgChangeEffects,
  type OrgChangeSetBody,
} from '../../api/org-admin-queries';
import { refusalOf, type FieldRefusal } from '../../api/refusal';
import { toVietnamWallClock } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { ChangeCard } from './ChangeCard';
import { changeSetBody, formFieldNames, placeErrors, shownDate, type ChangeSetValues, type PlacedErrors } from './change-set-form';
import { PreviewEffects } from './PreviewEffects';
import type { OrgTree } from './use-org-tree';

const DATE_FORMAT = 'DD/MM/YYYY';
export const CSV_HEADER = 'kind,unitCode,name,parentCode,unitCodes,intoCode,statisticsCode,dutiesTo,successorCode';

// The set keeps its day as "YYYY-MM-DD" (a calendar date, no time zone); the picker shows it as dd/mm/yyyy.
const asPickerValue = (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null });
const fromPicker = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined);

const blankSet = (): ChangeSetValues => ({
  effectiveOn: toVietnamWallClock(new Date()).slice(0, 10),
  reason: '',
  source: 'form',
  csv: '',
  changes: [{ kind: 'merge', target: 'new' }],
});

const NO_ERRORS: PlacedErrors = { fields: [], changes: {}, rows: [], form: [] };

/**
 * A change set: its day, its reason and its changes (typed, or as CSV). "Xem trước" asks the API what it would do
 * and shows every problem next to its input; "Áp dụng" records exactly the set last previewed without a problem.
 */
export function ChangeSetForm({ tree }: { tree: OrgTree }) {
  const t = useT();
  const [form] = Form.useForm();
  const preview = usePreviewOrgChanges();
  const apply = useApplyOrgChanges();
  const [placed, setPlaced] = useState<PlacedErrors>(NO_ERRORS);
  const [effects, setEffects] = useState<OrgChangeEffects | null>(null);
  // The body of the last preview without a problem: only that very set may be applied.
  const [cleanBody, setCleanBody] = useState<string | null>(null);
  const [applied, setApplied] = useState<OrgChangeCreated | null>(null);
  // One application per intent: a second click while the first is on its way sends nothing.
  const sending = useRef(false);
  const values = Form.useWatch((all: ChangeSetValues) => all, { form, preserve: true });
  const body: OrgChangeSetBody = changeSetBody(values ?? {}) as OrgChangeSetBody;
  const current = JSON.stringify(body);
  const source = values?.source ?? 'form';

  const show = (errors: FieldRefusal[]) => {
    const all = form.getFieldsValue(true) as ChangeSetValues;
    const next = placeErrors(errors, all);
    // A CSV row's problem is shown under the CSV box, by the row (1 the first under the header) and column.
    const rowErrors = next.rows.map((row) =>
      row.row === 0 && row.column
        ? t('orgAdmin.csv.headerError', { column: row.column, message: row.message })
        : row.column
          ? t('orgAdmin.csv.rowColumnError', { row: row.row, column: row.column, message: row.message })
          : t('orgAdmin.csv.rowError', { row: row.row, message: row.message }),
    );
    const csvErrors = [...(next.fields.find((field) => field.name.join() === 'csv')?.errors ?? []), ...rowErrors];
    form.setFields([
      ...formFieldNames(all).map((name) => ({ name, errors: [] as string[] })),
      ...next.fields.filter((field) => field.name.join() !== 'csv').map((field) => ({ name: field.name, errors: field.errors })),
      ...(csvErrors.length ? [{ name: ['csv'], errors: csvErrors }] : []),
    ]);
    setPlaced(next);
  };

  const refused = (error: unknown) => {
    const status = error instanceof RefusedRequest ? error.status : 0;
    const refusal = refusalOf(
      status,
      error instanceof RefusedRequest ? error.body : null,
      t(status ? 'orgAdmin.refused.unreadable' : 'orgAdmin.refused.unreachable'),
    );
    show(refusal.fields);
    if (!refusal.fields.length || status !== 400) setPlaced((p) => ({ ...p, form: [refusal.message, ...p.form] }));
  };

  const runPreview = async () => {
    setApplied(null);
    setEffects(null);
    setCleanBody(null);
    try {
      await form.validateFields(['reason', 'effectiveOn']);
    } catch {
      return;
    }
    const sent = changeSetBody(form.getFieldsValue(true) as ChangeSetValues) as OrgChangeSetBody;
    try {
      const answer = await preview.mutateAsync(sent);
      show(answer.errors);
      if (answer.ok && answer.effects) {
        setEffects(answer.effects);
        setCleanBody(JSON.stringify(sent));
      }
    } catch (error) {
      refused(error);
    }
  };

  const runApply = async () => {
    if (sending.current || cleanBody !== current) return;
    sending.current = true;
    try {
      const created = await apply.mutateAsync(JSON.parse(cleanBody) as OrgChangeSetBody);
      setApplied(created);
      setEffects(null);
      setCleanBody(null);
      setPlaced(NO_ERRORS);
      form.resetFields();
      form.setFieldsValue(blankSet());
    } catch (error) {
      setCleanBody(null);
      refused(error);
    } finally {
      sending.current = false;
    }
  };

  // The file is read here, never uploaded: its text goes into the box, to be checked and previewed like a paste.
  const readFile = (file: File) => {
    void file.text().then((text) => form.setFieldValue('csv', text));
    return false;
  };

  const changed = cleanBody !== null && cleanBody !== current;
  const canApply = cleanBody !== null && cleanBody === current && !apply.isPending;

  return (
    <Form form={form} layout="vertical" initialValues={blankSet()} className="org-change-set">
      {applied && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="org-change-set__applied"
          message={t(applied.status === 'applied' ? 'orgAdmin.applied' : 'orgAdmin.scheduled', { date: shownDate(applied.effectiveOn) })}
        />
      )}
      {placed.form.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={placed.form.length === 1 ? placed.form[0] : t('orgAdmin.errors.heading')}
          description={
            placed.form.length > 1 ? (
              <ul>
                {placed.form.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Space wrap align="start" size="large">
        <Form.Item
          name="effectiveOn"
          label={t('orgAdmin.field.effectiveOn')}
          extra={t('orgAdmin.field.effectiveOnHelp')}
          getValueProps={asPickerValue}
          normalize={fromPicker}
          rules={[{ required: true, message: t('orgAdmin.field.effectiveOnRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} allowClear={false} />
        </Form.Item>
      </Space>
      <Form.Item
        name="reason"
        label={t('orgAdmin.field.reason')}
        extra={t('orgAdmin.field.reasonHelp')}
        rules={[{ required: true, whitespace: true, message: t('orgAdmin.field.reasonRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="source" label={t('orgAdmin.field.source')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'form', label: t('orgAdmin.source.form') },
            { value: 'csv', label: t('orgAdmin.source.csv') },
          ]}
        />
      </Form.Item>
      {source === 'csv' ? (
        <>
          <Form.Item name="csv" label={t('orgAdmin.field.csv')} extra={t('orgAdmin.field.csvHelp', { header: CSV_HEADER })}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} className="org-change-set__csv" spellCheck={false} />
          </Form.Item>
          <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={readFile} maxCount={1}>
            <Button icon={<UploadOutlined aria-hidden aria-label={t('orgAdmin.csv.upload')} />}>{t('orgAdmin.csv.upload')}</Button>
          </Upload>
        </>
      ) : (
        <Form.List name="changes">
          {(rows, { add, remove }) => (
            <div className="org-change-set__changes">
              {rows.map((row, i) => (
                <ChangeCard
                  key={row.key}
                  tree={tree}
                  index={row.name}
                  errors={placed.changes[i]}
                  onRemove={rows.length > 1 ? () => remove(row.name) : undefined}
                />
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'merge', target: 'new' })}>
                {t('orgAdmin.change.add')}
              </Button>
            </div>
          )}
        </Form.List>
      )}
      <div className="org-change-set__actions">
        <Button onClick={() => void runPreview()} loading={preview.isPending}>
          {t('orgAdmin.preview')}
        </Button>
        <Button type="primary" onClick={() => void runApply()} disabled={!canApply} loading={apply.isPending}>
          {t('orgAdmin.apply')}
        </Button>
        <Typography.Text type="secondary">
          {changed ? t('orgAdmin.apply.changedSincePreview') : cleanBody ? t('orgAdmin.apply.ready') : t('orgAdmin.apply.needsPreview')}
        </Typography.Text>
      </div>
      {effects && <PreviewEffects effects={effects} tree={tree} />}
    </Form>
  );
}
