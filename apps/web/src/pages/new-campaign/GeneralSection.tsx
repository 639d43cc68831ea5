import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, InputNumber, Typography } from 'antd';
import type { LegalBasis } from '@tdkt/domain';
import { useT } from '../../i18n/i18n-context';

interface Props {
  issuerName: string;
  issuerCode: string;
}

/** What heads the document: title, year, place, the issuing body, and the legal bases (căn cứ). */
export function GeneralSection({ issuerName, issuerCode }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="new-campaign-general" className="plan-section">
      <Typography.Title level={3} id="new-campaign-general">
        {t('newCampaign.section.general')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'issuer', label: t('newCampaign.general.issuer'), children: `${issuerName} (${issuerCode})` }]}
      />
      <Form.Item name="title" label={t('newCampaign.general.title')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <div className="plan-inline">
        <Form.Item name="year" label={t('newCampaign.general.year')} extra={t('newCampaign.general.yearHint')}>
          <InputNumber min={2000} max={2199} precision={0} />
        </Form.Item>
        <Form.Item name="place" label={t('newCampaign.general.place')} className="plan-inline__wide">
          <Input />
        </Form.Item>
      </div>
      <LegalBasesEditor />
    </section>
  );
}

function LegalBasesEditor() {
  const t = useT();
  return (
    <Form.List name="legalBases">
      {(fields, { add, remove }) => (
        <div className="plan-legal-bases">
          <Typography.Title level={4}>{t('newCampaign.general.legalBases')}</Typography.Title>
          <ol className="plan-legal-bases__list">
            {fields.map((field) => (
              <li key={field.key} className="plan-legal-basis">
                <Form.Item name={[field.name, 'reference']} label={t('newCampaign.legalBasis.reference', { n: field.name + 1 })}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'summary']} label={t('newCampaign.legalBasis.summary', { n: field.name + 1 })}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('newCampaign.legalBasis.remove', { n: field.name + 1 })}
                  onClick={() => remove(field.name)}
                />
              </li>
            ))}
          </ol>
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => add({ reference: '' } satisfies LegalBasis)}>
            {t('newCampaign.legalBasis.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
