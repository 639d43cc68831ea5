import { FormOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { isSameOrDescendant, type PlanDefinition, type PlanIssue, type TemplateOrgContext } from '@tdkt/domain';
import { useState } from 'react';
import { useTemplate, useTemplates } from '../../api/new-campaign-queries';
import { useT } from '../../i18n/i18n-context';
import { mustHave } from './must-have';
import { fillTemplate } from './fill-template';

interface Values {
  templateKey?: string;
  year?: number;
  place?: string;
  appraiser?: string;
}

interface Props {
  issuerCode: string;
  org: TemplateOrgContext;
  /** False when the levels below the official's unit could not be read: those are left for the API to fill. */
  levelsKnown: boolean;
  nextYear: number;
  onDraft(plan: PlanDefinition): void;
}

// What a refusal to fill a template names, and the input here that answers it.
const START_FIELDS: Record<string, keyof Values> = {
  year: 'year',
  place: 'place',
  'bodies.appraiser': 'appraiser',
  issuerUnitCode: 'templateKey',
};

/**
 * A template filled for the official's unit and a year, in the browser with the domain's own filling (what
 * POST /campaigns with templateKey does), so the plan opens in the form to be checked and edited before it is sent.
 */
export function TemplateStart({ issuerCode, org, levelsKnown, nextYear, onDraft }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const templates = useTemplates();
  const key = Form.useWatch('templateKey', form);
  const template = useTemplate(key);
  const [leftOver, setLeftOver] = useState<PlanIssue[]>([]);

  const issuer = org.units.get(issuerCode);
  const appraiserKind = template.data?.bodies.appraiser?.kind;
  const usesAppraiser = template.data?.placeholders.some((p) => p.placeholder === '{{appraiser}}') ?? false;
  const candidates = [...org.units.values()].filter(
    (u) =>
      issuer &&
      u.code !== issuer.code &&
      u.levelCode === issuer.levelCode &&
      isSameOrDescendant(u.path, issuer.path) &&
      (!appraiserKind || u.kind === appraiserKind),
  );

  const fill = (values: Values) => {
    if (!template.data) return;
    const { key: templateKey, issuerKinds, bodies, plan } = template.data;
    const request = {
      issuerUnitCode: issuerCode,
      year: values.year,
      place: values.place?.trim() || undefined,
      bodies: values.appraiser ? { appraiser: values.appraiser } : undefined,
    };
    const result = fillTemplate({ templateKey, issuerKinds: issuerKinds ?? undefined, bodies, plan }, org, request, levelsKnown);
    if (result.ok) {
      setLeftOver([]);
      return onDraft(result.draft as unknown as PlanDefinition);
    }
    form.setFields(
      Object.entries(START_FIELDS).map(([path, name]) => ({
        name,
        errors: result.errors.filter((issue) => issue.path === path).map((issue) => issue.message),
      })),
    );
    setLeftOver(result.errors.filter((issue) => !(issue.path in START_FIELDS)));
  };

  return (
    <Form form={form} layout="vertical" onFinish={fill} initialValues={{ year: nextYear }} className="start-from__form">
      <Form.Item name="templateKey" label={t('newCampaign.template.choose')} rules={[mustHave(t('newCampaign.template.required'))]}>
        <Select
          loading={templates.isPending}
          options={(templates.data?.items ?? []).map((item) => ({ value: item.key, label: item.title ?? item.key }))}
          optionRender={(option) => <span className="start-from__option">{option.label}</span>}
        />
      </Form.Item>
      {template.data && (
        <details className="start-from__placeholders">
          <summary>{t('newCampaign.template.placeholders', { count: template.data.placeholders.length })}</summary>
          <dl>
            {template.data.placeholders.map((p) => (
              <div key={p.placeholder}>
                <dt>
                  <code>{p.placeholder}</code>
                </dt>
                <dd>{p.meaning}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <div className="plan-inline">
        <Form.Item
          name="year"
          label={t('newCampaign.template.year')}
          rules={[{ required: true, message: t('newCampaign.template.yearRequired') }]}
        >
          <InputNumber min={2000} max={2199} precision={0} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('newCampaign.template.place')}
          extra={t('newCampaign.template.placeHint')}
          className="plan-inline__wide"
        >
          <Input />
        </Form.Item>
      </div>
      {usesAppraiser && (
        <Form.Item
          name="appraiser"
          label={t('newCampaign.template.appraiser')}
          extra={template.data?.bodies.appraiser?.description}
          rules={candidates.length === 1 ? [] : [mustHave(t('newCampaign.template.appraiserRequired'))]}
        >
          <Select
            allowClear
            placeholder={candidates.length === 1 ? candidates[0].name : undefined}
            options={candidates.map((u) => ({ value: u.code, label: u.name }))}
          />
        </Form.Item>
      )}
      {leftOver.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={t('newCampaign.template.failed')}
          description={
            <ul>
              {leftOver.map((issue) => (
                <li key={issue.path + issue.message}>{issue.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Paragraph type="secondary">{t('newCampaign.template.hint')}</Typography.Paragraph>
      <Button htmlType="submit" type="primary" ghost icon={<FormOutlined aria-hidden />} disabled={!template.data}>
        {t('newCampaign.template.fill')}
      </Button>
    </Form>
  );
}
