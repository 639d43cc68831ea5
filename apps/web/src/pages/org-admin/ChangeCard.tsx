import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Radio, Select } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { CHANGE_KINDS, type ChangeValues, type SplitPartValues } from './change-set-form';
import { UnitPicker } from './UnitPicker';
import type { OrgTree } from './use-org-tree';

interface Props {
  tree: OrgTree;
  /** The change's index in the form's list of changes. */
  index: number;
  onRemove?: () => void;
  /** Errors about the change as a whole (no input of its own to stand next to). */
  errors?: string[];
}

/** One change of the set: its kind, then that kind's inputs. Names follow the request body, so errors find them. */
export function ChangeCard({ tree, index, onRemove, errors }: Props) {
  const t = useT();
  const form = Form.useFormInstance();
  const at = (...rest: (string | number)[]) => [index, ...rest];
  const whole = (...rest: (string | number)[]) => ['changes', index, ...rest];
  const change = (Form.useWatch(['changes', index], form) ?? {}) as ChangeValues;
  const statisticsCode = (name: (string | number)[]) => (
    <Form.Item name={name} label={t('orgAdmin.field.statisticsCode')} extra={t('orgAdmin.field.statisticsCodeHelp')}>
      <Input inputMode="numeric" maxLength={5} />
    </Form.Item>
  );
  const unitField = (field: string, label: MessageKey) => (
    <Form.Item name={at(field)} label={t(label)} rules={[{ required: true, message: t('orgAdmin.field.unitRequired') }]}>
      <UnitPicker tree={tree} />
    </Form.Item>
  );

  const fields = () => {
    switch (change.kind) {
      case 'merge': {
        const merged = change.unitCodes ?? [];
        const target = change.target ?? 'new';
        return (
          <>
            <Form.Item name={at('unitCodes')} label={t('orgAdmin.field.unitCodes')} extra={t('orgAdmin.field.unitCodesHelp')}>
              <UnitPicker tree={tree} multiple />
            </Form.Item>
            <Form.Item name={at('target')} label={t('orgAdmin.field.target')} initialValue="new">
              <Radio.Group
                options={[
                  { value: 'new', label: t('orgAdmin.field.target.new') },
                  { value: 'existing', label: t('orgAdmin.field.target.existing') },
                ]}
                onChange={() => form.setFieldValue(whole('into', 'code'), undefined)}
              />
            </Form.Item>
            {target === 'existing' ? (
              <Form.Item name={at('into', 'code')} label={t('orgAdmin.field.intoExisting')}>
                <Select options={merged.map((code) => ({ value: code, label: tree.nameOf(code) }))} />
              </Form.Item>
            ) : (
              <Form.Item name={at('into', 'code')} label={t('orgAdmin.field.intoCode')} extra={t('orgAdmin.field.codeHelp')}>
                <Input autoComplete="off" />
              </Form.Item>
            )}
            <Form.Item name={at('into', 'name')} label={t(target === 'existing' ? 'orgAdmin.field.intoRename' : 'orgAdmin.field.intoName')}>
              <Input autoComplete="off" />
            </Form.Item>
            {statisticsCode(at('into', 'statisticsCode'))}
          </>
        );
      }
      case 'split': {
        const parts = (Array.isArray(change.into) ? change.into : []) as SplitPartValues[];
        return (
          <>
            {unitField('unitCode', 'orgAdmin.field.splitUnit')}
            <Form.List name={at('into')} initialValue={[{}, {}]}>
              {(rows, { add, remove }) => (
                <div className="org-change__parts">
                  {rows.map((row, i) => (
                    <fieldset key={row.key} className="org-change__part">
                      <legend>{t('orgAdmin.field.part', { n: i + 1 })}</legend>
                      <Form.Item name={[row.name, 'code']} label={t('orgAdmin.field.partCode')}>
                        <Input autoComplete="off" />
                      </Form.Item>
                      <Form.Item name={[row.name, 'name']} label={t('orgAdmin.field.partName')}>
                        <Input autoComplete="off" />
                      </Form.Item>
                      {statisticsCode([row.name, 'statisticsCode'])}
                      {rows.length > 2 && (
                        <Button icon={<DeleteOutlined aria-hidden />} onClick={() => remove(row.name)}>
                          {t('orgAdmin.field.removePart', { n: i + 1 })}
                        </Button>
                      )}
                    </fieldset>
                  ))}
                  <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                    {t('orgAdmin.field.addPart')}
                  </Button>
                </div>
              )}
            </Form.List>
            <Form.Item name={at('dutiesTo')} label={t('orgAdmin.field.dutiesTo')} extra={t('orgAdmin.field.dutiesToHelp')}>
              <Select
                options={parts
                  .filter((part) => part?.code?.trim())
                  .map((part) => ({ value: part.code!.trim(), label: part.name?.trim() || part.code!.trim() }))}
              />
            </Form.Item>
          </>
        );
      }
      case 'rename':
        return (
          <>
            {unitField('unitCode', 'orgAdmin.field.unit')}
            <Form.Item name={at('name')} label={t('orgAdmin.field.newName')}>
              <Input autoComplete="off" />
            </Form.Item>
            {statisticsCode(at('statisticsCode'))}
          </>
        );
      case 'move':
        return (
          <>
            {unitField('unitCode', 'orgAdmin.field.unit')}
            {unitField('parentCode', 'orgAdmin.field.parent')}
          </>
        );
      case 'deactivate':
        return (
          <>
            {unitField('unitCode', 'orgAdmin.field.unit')}
            <Form.Item name={at('successorCode')} label={t('orgAdmin.field.successor')} extra={t('orgAdmin.field.successorHelp')}>
              <UnitPicker tree={tree} />
            </Form.Item>
          </>
        );
      default:
        return null;
    }
  };

  return (
    <Card
      size="small"
      className="org-change"
      data-change={index}
      title={t('orgAdmin.change.title', { n: index + 1 })}
      extra={
        onRemove && (
          <Button type="text" icon={<DeleteOutlined aria-hidden />} onClick={onRemove}>
            {t('orgAdmin.change.remove', { n: index + 1 })}
          </Button>
        )
      }
    >
      {errors?.map((message) => (
        <Alert key={message} type="error" showIcon message={message} className="org-change__error" />
      ))}
      <Form.Item name={at('kind')} label={t('orgAdmin.field.kind')}>
        <Select options={CHANGE_KINDS.map((kind) => ({ value: kind, label: t(`orgAdmin.kind.${kind}` as MessageKey) }))} />
      </Form.Item>
      {fields()}
    </Card>
  );
}
