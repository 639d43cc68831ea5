import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import type { AwardForm } from '@tdkt/domain';
import { useAwardForms } from '../../api/award-queries';
import { useT } from '../../i18n/i18n-context';
import { blanksFilledBy, catalogueOptions, NO_CATALOGUE_ENTRY } from './award-catalogue-choice';
import { freshKey, type PlanFormValues } from './plan-form-model';

/** The award forms the plan offers, each with who decides it and for whom, and the catalogue entry it is, if any. */
export function AwardFormsEditor({ form }: { form: FormInstance<PlanFormValues> }) {
  const t = useT();
  const forms = (Form.useWatch('awardForms', { form, preserve: true }) as AwardForm[] | undefined) ?? [];
  const catalogue = useAwardForms();
  const entries = catalogue.data?.items ?? [];

  const chooseEntry = (index: number, key: string) => {
    const entry = entries.find((candidate) => candidate.key === key);
    if (!entry) return;
    const row = form.getFieldValue(['awardForms', index]) as AwardForm | undefined;
    for (const [path, value] of blanksFilledBy(row, entry)) form.setFieldValue(['awardForms', index, ...path], value);
  };
  return (
    <section aria-labelledby="new-campaign-awards" className="plan-section">
      <Typography.Title level={3} id="new-campaign-awards">
        {t('newCampaign.section.awards')}
      </Typography.Title>
      <Form.List name="awardForms">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <fieldset key={field.key} className="plan-award">
                <legend>{forms[field.name]?.name || t('newCampaign.award.unnamed', { n: field.name + 1 })}</legend>
                <Form.Item
                  name={[field.name, 'catalogueKey']}
                  label={t('newCampaign.award.catalogue')}
                  extra={t(catalogue.isError ? 'newCampaign.award.catalogueUnavailable' : 'newCampaign.award.catalogueHint')}
                  // No key is shown as the "none" choice, and that choice leaves the key out of the plan.
                  getValueProps={(value: string | undefined) => ({ value: value ?? NO_CATALOGUE_ENTRY })}
                  normalize={(value: string) => value || undefined}
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    loading={catalogue.isPending}
                    options={catalogueOptions(entries, forms[field.name]?.catalogueKey, t('newCampaign.award.catalogueNone'))}
                    onChange={(key: string) => chooseEntry(field.name, key)}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} label={t('newCampaign.award.name')}>
                  <Input />
                </Form.Item>
                <div className="plan-inline">
                  <Form.Item
                    name={[field.name, 'decidedBy', 'title']}
                    label={t('newCampaign.award.decidedBy')}
                    className="plan-inline__wide"
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'decidedBy', 'levelCode']} label={t('newCampaign.award.decidedByLevel')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quotaPerUnit']} label={t('newCampaign.award.quota')}>
                    <InputNumber min={1} precision={0} />
                  </Form.Item>
                </div>
                <div className="plan-inline">
                  <Form.Item name={[field.name, 'forCollective']} valuePropName="checked">
                    <Checkbox>{t('newCampaign.award.forCollective')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[field.name, 'forIndividual']} valuePropName="checked">
                    <Checkbox>{t('newCampaign.award.forIndividual')}</Checkbox>
                  </Form.Item>
                </div>
                <Form.Item name={[field.name, 'standards']} label={t('newCampaign.award.standards')}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)}>
                  {t('newCampaign.award.remove')}
                </Button>
              </fieldset>
            ))}
            <Button
              className="plan-section__add"
              icon={<PlusOutlined aria-hidden />}
              onClick={() =>
                add({
                  key: freshKey(
                    'khen-thuong',
                    forms.map((f) => f?.key ?? ''),
                  ),
                  name: '',
                  decidedBy: { title: '' },
                  forCollective: true,
                  forIndividual: true,
                } satisfies AwardForm)
              }
            >
              {t('newCampaign.award.add')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}
