import { CopyOutlined, FormOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Select, Space } from 'antd';
import { clonePlanForYear, type PlanDefinition, type YearOverrides } from '@tdkt/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchCampaignPlan, RefusedRequest, useCloneCampaign } from '../../api/new-campaign-queries';
import { useCampaigns } from '../../api/queries';
import { refusalOf, type Refusal } from '../../api/refusal';
import { campaignPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { mustHave } from './must-have';

interface Values {
  campaignId?: string;
  year?: number;
}

interface Props {
  national: YearOverrides;
  onDraft(plan: PlanDefinition): void;
}

/**
 * An existing campaign's plan: cloned for another year at once by the API (POST /campaigns/{id}/clone, last year's
 * plan re-issued as it was), or opened in the form (its dates moved to the year by the same domain function) to edit first.
 */
export function CampaignStart({ national, onDraft }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const campaigns = useCampaigns();
  const clone = useCloneCampaign();
  const [loading, setLoading] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const plans = (campaigns.data?.items ?? []).filter((c) => c.kind === 'plan');

  const open = async () => {
    const { campaignId, year } = await form.validateFields();
    setLoading(true);
    try {
      const plan = await fetchCampaignPlan(queryClient, campaignId!);
      setRefusal(null);
      onDraft(year === plan.year ? plan : clonePlanForYear(plan, year!, national));
    } catch {
      setRefusal({ status: 0, message: t('newCampaign.campaign.loadFailed'), fields: [] });
    } finally {
      setLoading(false);
    }
  };

  const cloneNow = async () => {
    const { campaignId, year } = await form.validateFields();
    if (clone.isPending) return;
    clone.mutate(
      { campaignId: campaignId!, year: year! },
      {
        onSuccess: (campaign) => {
          void message.success(t('newCampaign.cloned', { year: campaign.year }));
          void navigate(campaignPath(campaign.id));
        },
        onError: (error) =>
          setRefusal(
            error instanceof RefusedRequest
              ? refusalOf(error.status, error.body, t('newCampaign.submitFailed'))
              : { status: 0, message: t('newCampaign.submitFailed'), fields: [] },
          ),
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      className="start-from__form"
      onValuesChange={(changed: Values) => {
        const chosen = changed.campaignId && plans.find((c) => c.id === changed.campaignId);
        if (chosen) form.setFieldValue('year', chosen.year + 1);
      }}
    >
      <Form.Item name="campaignId" label={t('newCampaign.campaign.choose')} rules={[mustHave(t('newCampaign.campaign.required'))]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={campaigns.isPending}
          options={plans.map((c) => ({
            value: c.id,
            label: `${c.title} (${c.planNumber ?? t(`status.${c.status}` as never)}, ${c.year})`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('newCampaign.campaign.year')}
        rules={[{ required: true, message: t('newCampaign.template.yearRequired') }]}
      >
        <InputNumber min={2000} max={2199} precision={0} />
      </Form.Item>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={refusal.message}
          description={
            refusal.fields.length > 0 && (
              <ul>
                {refusal.fields.map((f) => (
                  <li key={f.path + f.message}>{f.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Space wrap className="start-from__actions">
        <Button type="primary" ghost icon={<FormOutlined aria-hidden />} loading={loading} disabled={loading} onClick={() => void open()}>
          {t('newCampaign.campaign.edit')}
        </Button>
        <Button icon={<CopyOutlined aria-hidden />} loading={clone.isPending} disabled={clone.isPending} onClick={() => void cloneNow()}>
          {t('newCampaign.campaign.cloneNow')}
        </Button>
      </Space>
    </Form>
  );
}
